/**
 * Dark text on pale fills (contrast well above 4.5:1); the band is always written out too.
 * Sizes in em of the host, which `all: initial` sets to the browser's default font size: 12 px
 * at the usual 16 px, and larger when the user asks for larger text, whatever the page's own CSS.
 */
export const MARK_STYLE = `
  :host { all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; }
  .layer { position: fixed; inset: 0; pointer-events: none; z-index: 2147483646; font: 0.75em/1.3 system-ui, sans-serif; }
  .mark { position: fixed; pointer-events: auto; font: inherit; font-weight: 600; max-width: 280px; white-space: nowrap;
          overflow: hidden; text-overflow: ellipsis; padding: 1px 6px; border-radius: 10px; border: 1px solid; cursor: help;
          box-shadow: 0 1px 2px rgba(0,0,0,.2); opacity: .95; }
  .mark[hidden] { display: none; }
  .mark.weak { background: #fde8e6; color: #7a1a10; border-color: #d5281b; }
  .mark.fair { background: #fff4d6; color: #4d3700; border-color: #b27a00; }
  .mark.ok { background: #e6f4ea; color: #00461f; border-color: #007f3b; }
  .mark:focus-visible, .toggle:focus-visible { outline: 3px solid #ffb81c; outline-offset: 1px; box-shadow: 0 0 0 5px #212b32; }
  .tip { position: fixed; pointer-events: auto; max-width: 340px; background: #fff; color: #212b32; border: 2px solid #212b32;
         border-radius: 6px; padding: 6px 8px; box-shadow: 0 2px 8px rgba(0,0,0,.3); font-weight: 400; white-space: normal; }
  .tip[hidden] { display: none; }
  .tip p { margin: 0 0 4px; font-weight: 600; }
  .tip ul { margin: 0; padding-left: 16px; }
  .tip li { margin: 2px 0; }
  .tip .why { display: block; color: #4c6272; }
  .toggle { position: fixed; left: 12px; bottom: 12px; pointer-events: auto; font: inherit; background: #fff;
            color: #212b32; border: 2px solid #005eb8; border-radius: 4px; padding: 3px 8px; cursor: pointer; }
  .toggle[aria-pressed="false"] { opacity: .85; }
  .ring { position: fixed; box-sizing: border-box; border: 3px solid #212b32; outline: 3px solid #ffb81c; border-radius: 4px; }
  .ring[hidden] { display: none; }
  .ring-label { position: absolute; left: -3px; bottom: 100%; background: #212b32; color: #fff; font-weight: 600;
                padding: 2px 6px; border-radius: 4px 4px 0 0; white-space: nowrap; }
`;
