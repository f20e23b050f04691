// Search: the sidebar's box, grouped results with highlighted snippets, the operators' help.
export { SearchBox } from './SearchBox';
export { Highlighted } from './Highlighted';
export { groupHits, moveActive, visibleOrder, type HitGroup } from './group-hits';
