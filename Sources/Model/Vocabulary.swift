/// The closed word lists of format v1. Raw values are what authors write.

/// Who carries a procedure out (cấp thực hiện). `district` is read for the record only:
/// there is no district level since 1 July 2025.
public enum AuthorityLevel: String, Sendable, CaseIterable {
  case central, province, commune, other, district
}

/// Who may apply (đối tượng thực hiện).
public enum ApplicantKind: String, Sendable, CaseIterable {
  case citizen, business, organisation
}

/// How a dossier is submitted or a result delivered (cách thức thực hiện).
public enum Channel: String, Sendable, CaseIterable {
  case online
  case inPerson = "in_person"
  case post
}

/// How fees may be paid.
public enum PaymentMethod: String, Sendable, CaseIterable {
  case online
  case inPerson = "in_person"
  case post
  case bankTransfer = "bank_transfer"
}

/// What a dossier paper is: bản chính, bản sao có chứng thực, bản sao.
public enum DocumentKind: String, Sendable, CaseIterable {
  case original
  case certifiedCopy = "certified_copy"
  case copy
}

/// `phi` (a charge for a service) or `le_phi` (a state levy).
public enum FeeKind: String, Sendable, CaseIterable {
  case phi
  case lePhi = "le_phi"
}

/// The national databases an agency can fetch papers from (once-only); a catalog may declare more.
public enum NationalDatabase {
  public static let builtIn: [String] = ["dan_cu", "ho_tich_dien_tu", "dang_ky_kinh_doanh", "dat_dai"]
}
