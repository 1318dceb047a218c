/** The toolkit behind small wrappers: the rest of the app imports only from here. */
export { registerToolkit } from './register';
export { Button, type ButtonProps } from './Button';
export { TextArea } from './TextArea';
export { TextField } from './TextField';
export { RadioGroup, type RadioOption } from './RadioGroup';
export { Checkbox } from './Checkbox';
export { Dropdown, type DropdownOption } from './Dropdown';
export { Badge } from './Badge';
export { Divider } from './Divider';
export { Spinner } from './Spinner';
