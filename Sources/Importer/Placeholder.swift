/// Importer (being written).
enum ImporterNamespace {}
