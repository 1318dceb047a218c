// JSX types for the toolkit's custom elements, used only inside webview/ui.
import type { JSX } from 'preact';

type ToolkitElement = JSX.HTMLAttributes<HTMLElement> & {
  appearance?: string;
  disabled?: boolean;
  value?: string;
  checked?: boolean;
  placeholder?: string;
  rows?: number;
  resize?: string;
  orientation?: string;
  selected?: boolean;
  readonly?: boolean;
  maxlength?: number;
};

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'vscode-button': ToolkitElement;
      'vscode-text-area': ToolkitElement;
      'vscode-text-field': ToolkitElement;
      'vscode-radio-group': ToolkitElement;
      'vscode-radio': ToolkitElement;
      'vscode-checkbox': ToolkitElement;
      'vscode-dropdown': ToolkitElement;
      'vscode-option': ToolkitElement;
      'vscode-divider': ToolkitElement;
      'vscode-progress-ring': ToolkitElement;
    }
  }
}
