/// Beheer (being written).
enum BeheerNamespace {}
