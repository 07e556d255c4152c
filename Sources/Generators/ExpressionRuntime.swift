/// The JavaScript helpers the emitted expressions call. They implement the semantics of
/// docs/expressions.md: `null` for empty numbers and dates, comparisons with `null` false,
/// conditions true only when exactly `true`, division by zero `null`, dates as ISO text.
public enum ExpressionRuntime {
  public static let source = """
    var R = {
      isNull: function (x) { return x === null || x === undefined; },
      num2: function (a, b, f) { return R.isNull(a) || R.isNull(b) ? null : f(a, b); },
      neg: function (a) { return R.isNull(a) ? null : -a; },
      add: function (a, b) { return R.num2(a, b, function (x, y) { return x + y; }); },
      sub: function (a, b) { return R.num2(a, b, function (x, y) { return x - y; }); },
      mul: function (a, b) { return R.num2(a, b, function (x, y) { return x * y; }); },
      div: function (a, b) { return R.num2(a, b, function (x, y) { return y === 0 ? null : x / y; }); },
      same: function (a, b) {
        if (Array.isArray(a) && Array.isArray(b)) {
          return a.length === b.length && a.every(function (x, i) { return R.same(x, b[i]); });
        }
        return a === b;
      },
      eq: function (a, b) { return !R.isNull(a) && !R.isNull(b) && R.same(a, b); },
      ne: function (a, b) { return !R.isNull(a) && !R.isNull(b) && !R.same(a, b); },
      cmp: function (a, b) {
        if (R.isNull(a) || R.isNull(b) || typeof a !== typeof b) { return null; }
        return a < b ? -1 : (a > b ? 1 : 0);
      },
      lt: function (a, b) { var c = R.cmp(a, b); return c !== null && c < 0; },
      le: function (a, b) { var c = R.cmp(a, b); return c !== null && c <= 0; },
      gt: function (a, b) { var c = R.cmp(a, b); return c !== null && c > 0; },
      ge: function (a, b) { var c = R.cmp(a, b); return c !== null && c >= 0; },
      truthy: function (a) { return a === true; },
      not: function (a) { return a !== true; },
      isIn: function (a, list) {
        if (R.isNull(a) || !Array.isArray(list)) { return false; }
        return list.some(function (x) { return R.same(x, a); });
      },
      graphemes: function (text) {
        if (typeof Intl !== "undefined" && Intl.Segmenter) {
          var count = 0;
          var iterator = new Intl.Segmenter().segment(text)[Symbol.iterator]();
          while (!iterator.next().done) { count += 1; }
          return count;
        }
        return Array.from(text.normalize("NFC")).length;
      },
      len: function (a) {
        if (typeof a === "string") { return R.graphemes(a); }
        if (Array.isArray(a)) { return a.length; }
        return 0;
      },
      count: function (a) { return Array.isArray(a) ? a.length : 0; },
      min: function (a, b) {
        if (R.isNull(a)) { return b; }
        if (R.isNull(b)) { return a; }
        var c = R.cmp(a, b); return c === null ? null : (c <= 0 ? a : b);
      },
      max: function (a, b) {
        if (R.isNull(a)) { return b; }
        if (R.isNull(b)) { return a; }
        var c = R.cmp(a, b); return c === null ? null : (c >= 0 ? a : b);
      },
      date: function (text) { return text; },
      todayOverride: null,
      today: function () {
        if (R.todayOverride) { return R.todayOverride; }
        var now = new Date(Date.now() + 7 * 3600 * 1000);  // Viet Nam, UTC+7
        return now.toISOString().slice(0, 10);
      }
    };
    """
}
