/// CSV and XLSX writers for the downloads (being written).
enum Tabular {}
