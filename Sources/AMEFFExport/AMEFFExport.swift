/// AMEFF export (being written).
enum AMEFFExport {}
