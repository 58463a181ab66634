/// Search (being written).
enum SearchNamespace {}
