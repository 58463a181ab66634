import Foundation
@testable import Serve
import XCTest

final class InputWatcherTests: XCTestCase {
    func testBuildsOnceASaveHasSettled() {
        let first = snapshot(["a.md": 1])
        let saving = snapshot(["a.md": 2])
        let saved = snapshot(["a.md": 2, "b.md": 1])
        var watcher = InputWatcher(built: first)
        XCTAssertFalse(watcher.shouldRebuild(after: first))
        XCTAssertFalse(watcher.shouldRebuild(after: saving), "still changing: wait")
        XCTAssertFalse(watcher.shouldRebuild(after: saved), "still changing: wait")
        XCTAssertTrue(watcher.shouldRebuild(after: saved), "settled: build")
        XCTAssertFalse(watcher.shouldRebuild(after: saved), "built: nothing new")
        XCTAssertFalse(watcher.shouldRebuild(after: first))
        XCTAssertTrue(watcher.shouldRebuild(after: first), "going back is a change too")
    }

    func testAChangeThatIsUndoneBeforeItSettlesBuildsNothing() {
        let first = snapshot(["a.md": 1])
        var watcher = InputWatcher(built: first)
        XCTAssertFalse(watcher.shouldRebuild(after: snapshot(["a.md": 2])))
        XCTAssertFalse(watcher.shouldRebuild(after: first))
        XCTAssertFalse(watcher.shouldRebuild(after: first))
    }

    func testSnapshotsSeeEditsNewAndDeletedFilesButNotEditorScratch() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("swc-watch-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("over"), withIntermediateDirectories: true)
        let page = folder.appendingPathComponent("over/index.md")
        try Data("een".utf8).write(to: page)
        let take = { InputSnapshot.take([folder.path, folder.appendingPathComponent("bestaat-niet").path], excluding: folder.appendingPathComponent("site").path) }
        let before = take()
        XCTAssertEqual(Array(before.files.keys), [page.path])
        for scratch in ["over/.index.md.swp", "over/#index.md#", "over/index.md~", ".git/HEAD", "site/index.html"] {
            let url = folder.appendingPathComponent(scratch)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x".utf8).write(to: url)
        }
        XCTAssertEqual(take(), before, "scratch files and the served site are not input")
        try Data("twee".utf8).write(to: page)
        let edited = take()
        XCTAssertNotEqual(edited, before)
        try Data("x".utf8).write(to: folder.appendingPathComponent("nieuw.md"))
        let added = take()
        XCTAssertEqual(added.files.count, 2)
        try FileManager.default.removeItem(at: folder.appendingPathComponent("nieuw.md"))
        XCTAssertEqual(take(), edited)
    }

    private func snapshot(_ sizes: [String: Int]) -> InputSnapshot {
        InputSnapshot(files: sizes.mapValues { InputSnapshot.Stamp(size: $0, seconds: 0, nanoseconds: 0, inode: 1) })
    }
}
