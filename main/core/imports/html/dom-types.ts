/**
 * The few DOM shapes the HTML import uses. main/ is compiled without the DOM library (it is Node
 * code), and jsdom ships no types, so these describe jsdom's objects structurally.
 */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeValue: string | null;
  readonly textContent: string | null;
  readonly childNodes: { forEach(fn: (child: DomNode) => void): void };
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  innerHTML: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  removeAttribute(name: string): void;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
}

export interface DomDocument {
  readonly documentElement: DomElement;
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): Iterable<DomElement>;
  cloneNode(deep: boolean): unknown;
}

export interface DomWindow {
  readonly document: DomDocument;
  close(): void;
}
