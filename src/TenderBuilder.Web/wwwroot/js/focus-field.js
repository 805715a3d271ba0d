// Moves the focus to a field the officer was sent to (from a to-do list, a finding, the history):
// the element with the id if it takes the focus, else the first field inside it, else the element
// itself made focusable for the moment. Centred, so the sticky banner at the top does not cover it.
const focusable = 'input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function focusField(id) {
    const target = document.getElementById(id);
    if (!target) {
        return false;
    }

    let field = target.matches(focusable) ? target : target.querySelector(focusable);
    if (!field) {
        field = target;
        if (!field.hasAttribute('tabindex')) {
            field.setAttribute('tabindex', '-1');
        }
    }

    field.scrollIntoView({ block: 'center' });
    field.focus({ preventScroll: true });
    return document.activeElement === field;
}
