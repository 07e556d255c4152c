import Foundation

/// The two astronomical quantities the lunar calendar needs, from the formulas in Jean
/// Meeus, *Astronomical Algorithms* (2nd ed., 1998): the moments of new moon (ch. 49) and
/// the Sun's apparent longitude (ch. 25, lower accuracy), with ΔT (ch. 10) to go from
/// dynamical to universal time.
enum Astronomy {
  private static func radians(_ degrees: Double) -> Double { degrees * .pi / 180 }

  /// The Julian ephemeris day of the `k`-th new moon after 6 January 2000 (k integer).
  static func newMoonJDE(_ k: Double) -> Double {
    let t = k / 1236.85
    let t2 = t * t, t3 = t2 * t, t4 = t3 * t
    var jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4
    let e = 1 - 0.002516 * t - 0.0000074 * t2
    let m = radians(2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3)  // Sun's mean anomaly
    let mp = radians(201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4)  // Moon's
    let f = radians(160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4)
    let omega = radians(124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3)
    var correction = -0.40720 * sin(mp) + 0.17241 * e * sin(m) + 0.01608 * sin(2 * mp) + 0.01039 * sin(2 * f)
    correction += 0.00739 * e * sin(mp - m) - 0.00514 * e * sin(mp + m) + 0.00208 * e * e * sin(2 * m)
    correction += -0.00111 * sin(mp - 2 * f) - 0.00057 * sin(mp + 2 * f) + 0.00056 * e * sin(2 * mp + m)
    correction += -0.00042 * sin(3 * mp) + 0.00042 * e * sin(m + 2 * f) + 0.00038 * e * sin(m - 2 * f)
    correction += -0.00024 * e * sin(2 * mp - m) - 0.00017 * sin(omega) - 0.00007 * sin(mp + 2 * m)
    correction += 0.00004 * sin(2 * mp - 2 * f) + 0.00004 * sin(3 * m) + 0.00003 * sin(mp + m - 2 * f)
    correction += 0.00003 * sin(2 * mp + 2 * f) - 0.00003 * sin(mp + m + 2 * f) + 0.00003 * sin(mp - m + 2 * f)
    correction += -0.00002 * sin(mp - m - 2 * f) - 0.00002 * sin(3 * mp + m) + 0.00002 * sin(4 * mp)
    jde += correction
    // Additional corrections (planetary arguments A1–A14).
    let a: [(Double, Double, Double)] = [
      (299.77, 0.107408, 0.000325), (251.88, 0.016321, 0.000165), (251.83, 26.651886, 0.000164),
      (349.42, 36.412478, 0.000126), (84.66, 18.206239, 0.000110), (141.74, 53.303771, 0.000062),
      (207.14, 2.453732, 0.000060), (154.84, 7.306860, 0.000056), (34.52, 27.261239, 0.000047),
      (207.19, 0.121824, 0.000042), (291.34, 1.844379, 0.000040), (161.72, 24.198154, 0.000037),
      (239.56, 25.513099, 0.000035), (331.55, 3.592518, 0.000023),
    ]
    for (index, term) in a.enumerated() {
      let argument = index == 0 ? term.0 + term.1 * k - 0.009173 * t2 : term.0 + term.1 * k
      jde += term.2 * sin(radians(argument))
    }
    return jde
  }

  /// ΔT = TT − UT in days, from the Espenak–Meeus polynomials for 1900–2200.
  static func deltaT(year: Double) -> Double {
    let seconds: Double
    switch year {
    case ..<1920:
      let t = year - 1900
      seconds = -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * t * t * t * t
    case ..<1941:
      let t = year - 1920
      seconds = 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t
    case ..<1961:
      let t = year - 1950
      seconds = 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547
    case ..<1986:
      let t = year - 1975
      seconds = 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718
    case ..<2005:
      let t = year - 2000
      seconds = 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t + 0.000651814 * t * t * t * t
        + 0.00002373599 * t * t * t * t * t
    case ..<2050:
      let t = year - 2000
      seconds = 62.92 + 0.32217 * t + 0.005589 * t * t
    case ..<2150:
      seconds = -20 + 32 * pow((year - 1820) / 100, 2) - 0.5628 * (2150 - year)
    default:
      seconds = -20 + 32 * pow((year - 1820) / 100, 2)
    }
    return seconds / 86400
  }

  /// The moment (Julian day, universal time) of the `k`-th new moon.
  static func newMoonUT(_ k: Double) -> Double {
    let jde = newMoonJDE(k)
    let year = 2000 + k / 12.3685
    return jde - deltaT(year: year)
  }

  /// The Sun's apparent longitude in degrees [0, 360) at Julian day `jd` (universal time is
  /// close enough to dynamical time for a calendar, to within a minute).
  static func sunLongitude(_ jd: Double) -> Double {
    let t = (jd - 2451545.0) / 36525
    let l0 = 280.46646 + 36000.76983 * t + 0.0003032 * t * t
    let m = radians(357.52911 + 35999.05029 * t - 0.0001537 * t * t)
    let c = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin(m) + (0.019993 - 0.000101 * t) * sin(2 * m) + 0.000289 * sin(3 * m)
    let omega = radians(125.04 - 1934.136 * t)
    let apparent = l0 + c - 0.00569 - 0.00478 * sin(omega)
    let wrapped = apparent.truncatingRemainder(dividingBy: 360)
    return wrapped < 0 ? wrapped + 360 : wrapped
  }
}
