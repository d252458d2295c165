/** The name exported files carry until boards can be named in Einstellungen. */
export const BOARD_NAME = 'Redaktionsplan';
