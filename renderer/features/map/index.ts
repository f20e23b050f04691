export { MapSlot } from './MapSlot';
