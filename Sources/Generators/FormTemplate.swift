/// The default page template of a form (Mustache), and its style sheet. A province can
/// restyle forms without recompiling: `tthc build --templates DIR` reads `DIR/form.mustache`
/// instead. The template gets `lang`, `title`, `code`, `css`, `languageSwitch`, `body` and
/// `script`; `body`, `languageSwitch` and `script` are already-escaped HTML and go in triple
/// braces, everything else in double braces.
public enum FormTemplate {
  public static let page = """
    <!DOCTYPE html>
    <html lang="{{lang}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}}</title>
    <style>
    {{{css}}}
    </style>
    </head>
    <body>
    <a class="skip-link" href="#main">{{skipLink}}</a>
    <header class="header">
    <span class="header-code">{{code}}</span>
    {{{languageSwitch}}}
    </header>
    <main id="main" class="main" tabindex="-1">
    {{{body}}}
    </main>
    <script>
    {{{script}}}
    </script>
    </body>
    </html>

    """

  /// `css` as UTF-8, made once.
  static let cssBytes = Array(css.utf8)

  public static let css = """
    *, *::before, *::after { box-sizing: border-box; }
    body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; font-size: 19px; line-height: 1.4; color: #0b0c0c; background: #fff; }
    .skip-link { position: absolute; left: -9999px; }
    .skip-link:focus { position: static; display: block; padding: 10px; background: #fd0; color: #0b0c0c; }
    .header { display: flex; justify-content: space-between; align-items: center; padding: 10px 20px; background: #0b0c0c; color: #fff; }
    .header button { font: inherit; font-size: 16px; padding: 4px 12px; color: #0b0c0c; background: #fff; border: 2px solid #fff; cursor: pointer; }
    .main { max-width: 720px; margin: 0 auto; padding: 20px; }
    h1 { font-size: 32px; line-height: 1.2; margin: 0 0 20px; }
    h1, h2, label, legend, .hint, .error-message, td, th, .error-summary a { overflow-wrap: anywhere; }
    [data-i18n] { unicode-bidi: isolate; }
    h2 { font-size: 24px; margin: 30px 0 15px; }
    .field { margin-bottom: 30px; }
    .field[hidden] { display: none; }
    label, legend { display: block; font-weight: 700; margin-bottom: 5px; }
    fieldset { border: 0; margin: 0; padding: 0; }
    .hint { color: #505a5f; margin-bottom: 10px; }
    .optional { font-weight: 400; color: #505a5f; }
    input[type=text], input[type=email], input[type=tel], textarea, input[type=file] { font: inherit; width: 100%; padding: 5px; border: 2px solid #0b0c0c; border-radius: 0; }
    input.narrow { width: 5ch; }
    input.year { width: 7ch; }
    textarea { min-height: 6em; }
    .date-input { display: flex; gap: 15px; }
    .date-input label { font-weight: 400; }
    .choice { display: flex; align-items: center; gap: 10px; margin-bottom: 10px; }
    .choice input { width: 28px; height: 28px; margin: 0; }
    .choice label { font-weight: 400; margin: 0; }
    :focus { outline: 3px solid #fd0; outline-offset: 0; box-shadow: inset 0 0 0 2px #0b0c0c; }
    .error-summary { border: 5px solid #d4351c; padding: 15px; margin-bottom: 30px; }
    .error-summary[hidden] { display: none; }
    .error-summary h2 { margin-top: 0; }
    .error-summary a { color: #d4351c; font-weight: 700; }
    .field-error { border-left: 5px solid #d4351c; padding-left: 15px; }
    .error-message { color: #d4351c; font-weight: 700; margin: 0 0 10px; }
    .error-message[hidden] { display: none; }
    .fees { border-collapse: collapse; width: 100%; margin-bottom: 30px; }
    .fees th, .fees td { text-align: left; padding: 8px 10px 8px 0; border-bottom: 1px solid #b1b4b6; }
    .fees td.amount { text-align: right; white-space: nowrap; }
    .fees del { color: #505a5f; }
    .button { font: inherit; font-weight: 700; padding: 10px 20px; color: #fff; background: #00703c; border: 0; box-shadow: 0 2px 0 #002d18; cursor: pointer; }
    .confirmation { border: 5px solid #00703c; padding: 15px; margin-top: 30px; }
    .confirmation[hidden] { display: none; }
    .confirmation pre { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 14px; }
    @media (max-width: 640px) { body { font-size: 16px; } h1 { font-size: 26px; } .main { padding: 15px; } }
    """
}
