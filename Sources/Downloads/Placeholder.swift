/// Downloads (being written).
enum DownloadsNamespace {}
