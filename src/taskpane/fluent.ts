/**
 * The Fluent UI web components (v3) the pane uses, defined once, and the
 * light/dark theme. In @fluentui/web-components 3.1 a component is defined
 * with `Klasse.define(Definitie)` (what the package's own `<name>/define.js`
 * modules do); importing them by name keeps the bundle to what we use.
 */
import {
  Button,
  ButtonDefinition,
  Checkbox,
  CheckboxDefinition,
  Divider,
  DividerDefinition,
  Dropdown,
  DropdownDefinition,
  DropdownOption,
  DropdownOptionDefinition,
  Field,
  FieldDefinition,
  Label,
  LabelDefinition,
  Listbox,
  ListboxDefinition,
  MessageBar,
  MessageBarDefinition,
  ProgressBar,
  ProgressBarDefinition,
  Radio,
  RadioDefinition,
  RadioGroup,
  RadioGroupDefinition,
  Spinner,
  SpinnerDefinition,
  Tab,
  TabDefinition,
  Tablist,
  TablistDefinition,
  TextInput,
  TextInputDefinition,
  setTheme,
} from "@fluentui/web-components";
import { webDarkTheme, webLightTheme } from "@fluentui/tokens";

let gedefinieerd = false;

export function definieerFluent(): void {
  if (gedefinieerd) return;
  gedefinieerd = true;
  const paren: Array<[{ define(d: typeof ButtonDefinition): unknown }, typeof ButtonDefinition]> = [
    [Button, ButtonDefinition],
    [Checkbox, CheckboxDefinition],
    [Divider, DividerDefinition],
    [Dropdown, DropdownDefinition],
    [DropdownOption, DropdownOptionDefinition],
    [Field, FieldDefinition],
    [Label, LabelDefinition],
    [Listbox, ListboxDefinition],
    [MessageBar, MessageBarDefinition],
    [ProgressBar, ProgressBarDefinition],
    [Radio, RadioDefinition],
    [RadioGroup, RadioGroupDefinition],
    [Spinner, SpinnerDefinition],
    [Tab, TabDefinition],
    [Tablist, TablistDefinition],
    [TextInput, TextInputDefinition],
  ];
  for (const [klasse, definitie] of paren) {
    if (!customElements.get(definitie.name)) klasse.define(definitie);
  }
}

/** Fluent's light or dark token set on the document, and a class for our own CSS. */
export function zetFluentThema(donker: boolean): void {
  setTheme(donker ? webDarkTheme : webLightTheme);
  document.documentElement.classList.toggle("donker", donker);
  document.documentElement.style.colorScheme = donker ? "dark" : "light";
}
