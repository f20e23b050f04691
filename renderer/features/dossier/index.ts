export { DossierWorkspace } from './DossierWorkspace';
