/// The municipalities of Trøndelag and Møre og Romsdal (2024 numbers), weighted by roughly their
/// share of the two counties' population so the synthetic population looks like the region.
public enum DemoMunicipalities {
  public static let all: [(Municipality, weight: Int)] = trondelag + moreOgRomsdal

  /// The name of the municipality with this number, when the lists name it.
  public static func name(of code: String) -> String? { all.first { $0.0.code == code }?.0.name }

  private static func m(_ code: String, _ name: String, _ county: String, _ w: Int)
    -> (Municipality, weight: Int)
  {
    (Municipality(code: code, name: name, county: county), w)
  }

  private static let t = "Trøndelag"
  private static let mr = "Møre og Romsdal"

  private static let trondelag: [(Municipality, weight: Int)] = [
    m("5001", "Trondheim", t, 214), m("5006", "Steinkjer", t, 24), m("5007", "Namsos", t, 15),
    m("5014", "Frøya", t, 5), m("5020", "Osen", t, 1), m("5021", "Oppdal", t, 7),
    m("5022", "Rennebu", t, 3), m("5025", "Røros", t, 6), m("5026", "Holtålen", t, 2),
    m("5027", "Midtre Gauldal", t, 6), m("5028", "Melhus", t, 17), m("5029", "Skaun", t, 8),
    m("5031", "Malvik", t, 15), m("5032", "Selbu", t, 4), m("5033", "Tydal", t, 1),
    m("5034", "Meråker", t, 2), m("5035", "Stjørdal", t, 25), m("5036", "Frosta", t, 3),
    m("5037", "Levanger", t, 20), m("5038", "Verdal", t, 15), m("5041", "Snåsa", t, 2),
    m("5042", "Lierne", t, 1), m("5043", "Røyrvik", t, 1), m("5044", "Namsskogan", t, 1),
    m("5045", "Grong", t, 2), m("5046", "Høylandet", t, 1), m("5047", "Overhalla", t, 4),
    m("5049", "Flatanger", t, 1), m("5052", "Leka", t, 1), m("5053", "Inderøy", t, 7),
    m("5054", "Indre Fosen", t, 10), m("5055", "Heim", t, 6), m("5056", "Hitra", t, 5),
    m("5057", "Ørland", t, 11), m("5058", "Åfjord", t, 4), m("5059", "Orkland", t, 19),
    m("5060", "Nærøysund", t, 10), m("5061", "Rindal", t, 2),
  ]

  private static let moreOgRomsdal: [(Municipality, weight: Int)] = [
    m("1505", "Kristiansund", mr, 24), m("1506", "Molde", mr, 32), m("1508", "Ålesund", mr, 58),
    m("1511", "Vanylven", mr, 3), m("1514", "Sande", mr, 2), m("1515", "Herøy", mr, 9),
    m("1516", "Ulstein", mr, 9), m("1517", "Hareid", mr, 5), m("1520", "Ørsta", mr, 11),
    m("1525", "Stranda", mr, 4), m("1528", "Sykkylven", mr, 8), m("1531", "Sula", mr, 10),
    m("1532", "Giske", mr, 8), m("1535", "Vestnes", mr, 7), m("1539", "Rauma", mr, 7),
    m("1547", "Aukra", mr, 4), m("1554", "Averøy", mr, 6), m("1557", "Gjemnes", mr, 3),
    m("1560", "Tingvoll", mr, 3), m("1563", "Sunndal", mr, 7), m("1566", "Surnadal", mr, 6),
    m("1573", "Smøla", mr, 2), m("1576", "Aure", mr, 3), m("1577", "Volda", mr, 11),
    m("1578", "Fjord", mr, 3), m("1579", "Hustadvika", mr, 13), m("1580", "Haram", mr, 9),
  ]
}
