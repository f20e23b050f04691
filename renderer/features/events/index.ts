export { EventForm } from './EventForm';
export { LinkPicker, type PickItem } from './LinkPicker';
export * from './event-draft';
