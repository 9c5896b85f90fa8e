import { leak, PWN, type HostileCategory } from '../hostile-input';

/** Phishing: controls that would ask the reader for secrets inside the trusted reader frame. */
export const formsAndPasswords: HostileCategory = {
  slug: 'forms-and-passwords',
  inputs: [
    {
      name: 'login form',
      body: `<form action="${leak('login')}" method="post"><p>Your session expired. Sign in again.</p><label>Email <input type="email" name="email"></label><label>Password <input type="password" name="password"></label><button type="submit">Sign in</button></form>`,
    },
    {
      name: 'password input without a form',
      body: '<p>Confirm your password: <input type="password" autocomplete="current-password"></p>',
    },
    {
      name: 'button with formaction',
      body: `<button formaction="${leak('formaction')}" formmethod="post">Continue</button>`,
    },
    { name: 'image input', body: `<input type="image" src="${leak('input-image.png')}" alt="Submit">` },
    {
      name: 'hidden inputs',
      body: `<form action="${leak('hidden')}"><input type="hidden" name="token" value="abc"><input type="submit" value="Claim prize"></form>`,
    },
    {
      name: 'card number field',
      body: '<fieldset><legend>Billing</legend><label>Card number <input autocomplete="cc-number"></label></fieldset>',
    },
    {
      name: 'select and options',
      body: '<select name="bank"><option>First Bank</option><option>Second Bank</option></select>',
    },
    { name: 'textarea', body: '<textarea name="seed">Paste your recovery phrase here</textarea>' },
    { name: 'isindex', body: `<isindex action="${leak('isindex')}" prompt="Search">` },
    {
      name: 'keygen and output',
      body: '<keygen name="k"><output name="o">42</output><datalist><option value="x"></datalist>',
    },
    {
      name: 'form with a javascript: action',
      body: `<form action="javascript:${PWN}"><input name="q"><button>Search</button></form>`,
    },
    { name: 'contenteditable region', body: '<div contenteditable="true">Type your PIN here</div>' },
    {
      name: 'dialog that opens itself',
      body: '<dialog open><p>Verify your account</p><input type="password"></dialog>',
    },
  ],
};
