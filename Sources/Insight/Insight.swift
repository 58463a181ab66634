/// Insight computed at build time from the visible catalogue (issue 6): buren, similarity,
/// statistics, advice, changes. Pure functions over value types; no pages, no I/O.
/// Each feature lives in its own files; this file only names the module.
public enum Insight {}
