// What a card needs of the attachments feature, in one lazily loaded module: its thumbnail and the
// handling of files dropped onto it. One chunk for both keeps the board's first download in fewer,
// larger files (each extra shared chunk costs compression).
export { default as CardThumb } from './CardThumb';
export { attachDroppedFiles } from '../attachments/attachDropped';
