export interface ListedElement {
  name: string;
  tag: string;
  className: string;
  events: string[];
}
export function elementList(source?: string): ListedElement[];
export function elementFiles(): Record<string, string>;
