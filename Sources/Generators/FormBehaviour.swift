/// The static part of a form's script: reading inputs, visibility, validation with an error
/// summary, the live fee total, the language switch and the submission. It reads the
/// per-form `ORDER`, `FIELDS`, `FEES` and `TEXTS` that `FormScript` writes before it.
/// Text reaches the page only through `textContent`, never as HTML.
enum FormBehaviour {
  static let source = """
    var lang = document.documentElement.lang || "vi";
    var shownErrors = null;
    function tr(key) { var t = TEXTS[key]; return t ? (t[lang] || t.vi) : key; }
    function fill(template, label) { return template.split("{label}").join(label); }
    function el(id) { return document.getElementById(id); }
    function emptyOf(type) {
      if (type === "boolean") { return false; }
      if (type === "multi_choice") { return []; }
      if (["integer", "number", "money", "date", "file"].indexOf(type) >= 0) { return null; }
      return "";
    }
    function isEmpty(type, value) {
      return value === null || value === "" || (Array.isArray(value) && value.length === 0) || (type === "boolean" && value === false);
    }
    function checkedValues(id) {
      var boxes = document.querySelectorAll("input[name='" + id + "']");
      var values = [];
      for (var i = 0; i < boxes.length; i++) { if (boxes[i].checked) { values.push(boxes[i].value); } }
      return values;
    }
    function parse(id) {
      var f = FIELDS[id];
      var text;
      switch (f.type) {
        case "boolean": return { value: el("f-" + id).checked };
        case "choice": var one = checkedValues(id); return { value: one.length ? one[0] : "" };
        case "multi_choice": return { value: checkedValues(id) };
        case "file":
          var input = el("f-" + id);
          var file = input.files && input.files[0];
          return { value: file ? { name: file.name, size: file.size, type: file.type } : null };
        case "date":
          var d = el("f-" + id + "-day").value.trim(), m = el("f-" + id + "-month").value.trim(), y = el("f-" + id + "-year").value.trim();
          if (!d && !m && !y) { return { value: null }; }
          if (!/^\\d{1,2}$/.test(d) || !/^\\d{1,2}$/.test(m) || !/^\\d{4}$/.test(y)) { return { error: "date" }; }
          var day = +d, month = +m, year = +y;
          var last = new Date(Date.UTC(year, month, 0)).getUTCDate();
          if (month < 1 || month > 12 || day < 1 || day > last) { return { error: "date" }; }
          return { value: y + "-" + (month < 10 ? "0" : "") + month + "-" + (day < 10 ? "0" : "") + day };
        case "integer":
          text = el("f-" + id).value.trim();
          if (!text) { return { value: null }; }
          return /^[+-]?\\d+$/.test(text) ? { value: Number(text) } : { error: "number" };
        case "number":
          text = el("f-" + id).value.trim().replace(",", ".");
          if (!text) { return { value: null }; }
          return /^[+-]?\\d+(\\.\\d+)?$/.test(text) ? { value: Number(text) } : { error: "number" };
        case "money":
          text = el("f-" + id).value.replace(/[\\s\\u00a0]/g, "").replace(/(đồng|đ|vnd|vnđ)$/i, "");
          if (!text) { return { value: null }; }
          if (/^\\d{1,3}([.,]\\d{3})+$/.test(text)) { text = text.replace(/[.,]/g, ""); }
          return /^\\d+$/.test(text) ? { value: Number(text) } : { error: "money" };
        default:
          var field = el("f-" + id);
          return { value: field ? field.value.trim() : "" };
      }
    }
    var visiting = {};
    function isVisible(id) {
      var f = FIELDS[id];
      if (!f.visibleWhen) { return true; }
      if (visiting[id]) { return false; }
      visiting[id] = true;
      try { return R.truthy(f.visibleWhen()); } finally { visiting[id] = false; }
    }
    function v(id) {
      var f = FIELDS[id];
      if (!f || !isVisible(id)) { return emptyOf(f ? f.type : "text"); }
      var parsed = parse(id);
      if (parsed.error) { return emptyOf(f.type); }
      if (f.type === "file") { return parsed.value ? parsed.value.name : null; }
      return parsed.value;
    }
    function isRequired(id) {
      var f = FIELDS[id];
      return f.required || (f.requiredWhen ? R.truthy(f.requiredWhen()) : false);
    }
    function roundMoney(x) { return x === null ? 0 : Math.sign(x) * Math.round(Math.abs(x)); }
    function money(x) {
      var digits = String(Math.abs(x)), out = "";
      while (digits.length > 3) { out = "." + digits.slice(-3) + out; digits = digits.slice(0, -3); }
      return (x < 0 ? "-" : "") + digits + out;
    }
    function update() {
      for (var i = 0; i < ORDER.length; i++) {
        var id = ORDER[i];
        el("field-" + id).hidden = !isVisible(id);
      }
      var totals = {};
      for (var j = 0; j < FEES.length; j++) {
        var fee = FEES[j];
        var normal = roundMoney(fee.amount());
        var online = fee.online && (!fee.onlineUntil || R.today() <= fee.onlineUntil) ? roundMoney(fee.online()) : null;
        var charged = online === null ? normal : online;
        el("fee-" + fee.id).textContent = money(charged) + " " + fee.currency;
        var before = el("fee-" + fee.id + "-normal");
        if (before) { before.textContent = online === null || online === normal ? "" : money(normal) + " " + fee.currency; }
        totals[fee.currency] = (totals[fee.currency] || 0) + charged;
      }
      var total = el("fee-total");
      if (total) {
        total.textContent = Object.keys(totals).sort().map(function (c) { return money(totals[c]) + " " + c; }).join(" + ") || ("0 " + "VND");
      }
    }
    function message(id, kind) {
      var f = FIELDS[id];
      var label = tr("label." + id);
      if (kind === "constraint" && f.message) { return tr("message." + id); }
      return fill(tr("msg." + kind), label);
    }
    function validateField(id) {
      var f = FIELDS[id];
      var parsed = parse(id);
      if (parsed.error) { return parsed.error; }
      var value = parsed.value;
      if (isEmpty(f.type, value)) { return isRequired(id) ? (["choice", "multi_choice", "boolean", "file"].indexOf(f.type) >= 0 ? "choose" : "required") : null; }
      if (f.type === "email" && !/^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$/.test(value)) { return "email"; }
      if (f.type === "phone" && !/^(0|\\+84)(3|5|7|8|9)\\d{8}$/.test(value.replace(/[\\s.-]/g, ""))) { return "phone"; }
      if (f.type === "citizen_id" && !/^\\d{12}$/.test(value)) { return "citizen_id"; }
      if (f.type === "tax_code" && !/^\\d{10}(-?\\d{3})?$/.test(value)) { return "tax_code"; }
      if (typeof value === "string" && f.minLength !== null && R.len(value) < f.minLength) { return "min_length"; }
      if (typeof value === "string" && f.maxLength !== null && R.len(value) > f.maxLength) { return "max_length"; }
      if (f.pattern && !(new RegExp("^(?:" + f.pattern + ")$", "u")).test(value)) { return "pattern"; }
      var measure = f.type === "multi_choice" ? value.length : value;
      if (f.min !== null && measure < f.min) { return "min"; }
      if (f.max !== null && measure > f.max) { return "max"; }
      if (f.type === "file") {
        var extension = value.name.split(".").pop().toLowerCase();
        if (f.accept.length && f.accept.indexOf(extension) < 0) { return "accept"; }
        if (f.maxSize !== null && value.size > f.maxSize) { return "max_size"; }
      }
      if (f.constraint && !R.truthy(f.constraint())) { return "constraint"; }
      return null;
    }
    function showErrors(errors) {
      shownErrors = errors;
      var summary = el("error-summary"), list = el("error-list");
      while (list.firstChild) { list.removeChild(list.firstChild); }
      for (var i = 0; i < ORDER.length; i++) {
        var id = ORDER[i];
        var box = el("field-" + id), line = el("error-" + id), target = el(FIELDS[id].focus);
        box.classList.remove("field-error");
        line.hidden = true;
        line.textContent = "";
        if (target) { target.removeAttribute("aria-invalid"); }
        var described = (el("f-" + id) || el("group-" + id));
        if (described) { described.setAttribute("aria-describedby", FIELDS[id].describedBy); }
      }
      summary.hidden = errors.length === 0;
      for (var j = 0; j < errors.length; j++) {
        var error = errors[j], text = message(error.id, error.kind);
        var item = document.createElement("li"), link = document.createElement("a");
        link.href = "#" + FIELDS[error.id].focus;
        link.textContent = text;
        link.setAttribute("data-focus", FIELDS[error.id].focus);
        link.addEventListener("click", function (event) {
          event.preventDefault();
          var to = el(this.getAttribute("data-focus"));
          if (to) { to.focus(); to.scrollIntoView({ block: "center" }); }
        });
        item.appendChild(link);
        list.appendChild(item);
        var field = el("field-" + error.id), inline = el("error-" + error.id), input = el(FIELDS[error.id].focus);
        field.classList.add("field-error");
        inline.textContent = text;
        inline.hidden = false;
        if (input) { input.setAttribute("aria-invalid", "true"); }
        var owner = el("f-" + error.id) || el("group-" + error.id);
        if (owner) { owner.setAttribute("aria-describedby", (FIELDS[error.id].describedBy + " error-" + error.id).trim()); }
      }
    }
    function collect() {
      var data = {};
      for (var i = 0; i < ORDER.length; i++) {
        var id = ORDER[i], f = FIELDS[id];
        if (!isVisible(id)) { continue; }
        var parsed = parse(id);
        if (parsed.error || isEmpty(f.type, parsed.value) && f.type !== "boolean") { continue; }
        data[id] = parsed.value;
      }
      return data;
    }
    function translate() {
      document.documentElement.lang = lang;
      var nodes = document.querySelectorAll("[data-i18n]");
      for (var i = 0; i < nodes.length; i++) { nodes[i].textContent = tr(nodes[i].getAttribute("data-i18n")); }
      var button = el("language-switch");
      if (button) {
        button.textContent = tr("ui.switch");
        button.setAttribute("lang", lang === "vi" ? "en" : "vi");
      }
      document.title = tr("title");
      if (shownErrors) { showErrors(shownErrors); }
    }
    var form = el("form");
    form.addEventListener("input", update);
    form.addEventListener("change", update);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      update();
      var errors = [];
      for (var i = 0; i < ORDER.length; i++) {
        var id = ORDER[i];
        if (!isVisible(id)) { continue; }
        var kind = validateField(id);
        if (kind) { errors.push({ id: id, kind: kind }); }
      }
      showErrors(errors);
      var done = el("confirmation");
      if (errors.length) {
        done.hidden = true;
        window.tthcSubmission = null;
        el("error-summary").focus();
        return;
      }
      var data = collect();
      window.tthcSubmission = data;
      el("submission").textContent = JSON.stringify(data, null, 2);
      done.hidden = false;
      done.focus();
    });
    var switcher = el("language-switch");
    if (switcher) {
      switcher.addEventListener("click", function () { lang = lang === "vi" ? "en" : "vi"; translate(); });
    }
    update();
    """
}
