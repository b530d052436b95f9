/// Common Norwegian names for the synthetic population, with æ, ø and å where Norwegians have
/// them. "Nordmann" is kept out: it belongs to the scenario patients alone.
enum NorwegianNames {
  static let female = [
    "Anne", "Inger", "Kari", "Marit", "Ingrid", "Liv", "Eva", "Berit", "Astrid", "Bjørg",
    "Hilde", "Anna", "Solveig", "Marianne", "Randi", "Ida", "Nina", "Maria", "Elisabeth", "Kristin",
    "Bente", "Heidi", "Silje", "Hanne", "Gerd", "Linda", "Tone", "Tove", "Elin", "Anita",
    "Wenche", "Ragnhild", "Camilla", "Ellen", "Hege", "Karin", "Gunn", "Turid", "Åse", "Sølvi",
    "Målfrid", "Åsta", "Gøril", "Kjærsti", "Signe", "Sigrid", "Nora", "Emma", "Sofie", "Ingeborg",
    "Thea", "Maja", "Sara", "Julie", "Mari", "Guro", "Synnøve", "Torunn", "Grete", "Aud",
    "Britt", "Ragnhild", "Åshild", "Brynhild", "Dagny", "Hjørdis", "Gudrun", "Oddny", "Ane", "Live",
  ]
  static let male = [
    "Jan", "Per", "Bjørn", "Ole", "Lars", "Kjell", "Knut", "Arne", "Svein", "Thomas",
    "Hans", "Geir", "Tor", "Morten", "Terje", "Odd", "Erik", "Martin", "Andreas", "John",
    "Anders", "Rune", "Trond", "Tore", "Jon", "Harald", "Olav", "Nils", "Gunnar", "Einar",
    "Håkon", "Pål", "Ståle", "Øystein", "Ørjan", "Åsmund", "Jørgen", "Børge", "Sæmund", "Gaute",
    "Tormod", "Sindre", "Magnus", "Jonas", "Emil", "Henrik", "Sander", "Mathias", "Eirik", "Kristian",
    "Even", "Vegard", "Steinar", "Torbjørn", "Asbjørn", "Leif", "Roar", "Sverre", "Halvor", "Audun",
    "Ivar", "Kåre", "Øyvind", "Bård", "Jørn", "Åge", "Frode", "Helge", "Stian", "Aksel",
  ]
  static let family = [
    "Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Kristiansen",
    "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen",
    "Johannessen", "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Halvorsen", "Henriksen", "Lund",
    "Sørensen", "Jakobsen", "Moen", "Gundersen", "Iversen", "Strand", "Solberg", "Svendsen",
    "Eide", "Knutsen", "Martinsen", "Paulsen", "Bakken", "Kristoffersen", "Mathisen", "Lie",
    "Rasmussen", "Amundsen", "Lunde", "Kristensen", "Bakke", "Berge", "Moe", "Nygård",
    "Fredriksen", "Solheim", "Holm", "Lien", "Andresen", "Hauge", "Christensen", "Knudsen",
    "Ødegård", "Sæther", "Aas", "Ås", "Brøndbo", "Løkken", "Røed", "Sætre",
    "Kvåle", "Grønli", "Bø", "Dørum", "Støen", "Skjærvø", "Tangen", "Våge",
    "Myrvold", "Rønning", "Bjørnstad", "Kjærnes", "Hårstad", "Ølstad", "Fjærli", "Næss",
    "Lyngstad", "Tønnessen", "Bråten", "Aune", "Vik", "Hovde", "Kvam", "Nordby",
    "Nordmo", "Stjern", "Uthus", "Rønningen", "Sandvik", "Øien", "Kleven", "Græsli",
    "Engen", "Fossum", "Hågensen", "Tørrissen", "Wold", "Østby", "Aarø", "Ystad",
    "Zahl", "Quale", "Celius", "Ulvestad", "Indergård", "Xu", "Ali", "Nguyen",
  ]
}
