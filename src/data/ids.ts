/** What a record id is: lowercase letters, digits and single hyphens, at most 80 characters. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idMaxLength = 80;

/** Whether `value` can be a record's id (the content build publishes no other). */
export const isId = (value: string): boolean => value.length <= idMaxLength && idPattern.test(value);
