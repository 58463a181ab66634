/// Serve (being written).
enum ServeNamespace {}
