#pragma once

#include <string>

// A disk that can lose its power, for tests, in the manner of SQLite's own
// crash tests. While a PowerCutDisk is alive it is SQLite's default VFS and
// passes every call to the real one, and once watch() is called it also
// remembers, for each file, what was last made durable by a sync of that file
// and what has been written or cut short since, and for the folder, which
// files' creation or deletion was last made durable by a sync of the folder.
//
// Durability events are the calls after which more is on the platter than
// before: a file's sync and a deletion. cutAt(n) cuts the power just before
// the n-th of them; from then on every call fails as a dead disk's would.
// restore() then writes the files as the disk could have left them: what was
// durable, plus all, none, or some of what was not.
namespace jointly::testing {

class PowerCutDisk {
public:
    // What a power cut does to writes and folder changes that were not yet
    // made durable.
    enum class Loss {
        Everything, // all of them are lost
        Nothing,    // all of them reached the disk after all
        Prefix,     // each file keeps its unsynced writes up to a random point
        Random,     // each unsynced write and folder change is kept or lost at random
    };

    PowerCutDisk();
    ~PowerCutDisk();
    PowerCutDisk(const PowerCutDisk&) = delete;
    PowerCutDisk& operator=(const PowerCutDisk&) = delete;

    // From now on, remember: every file as it is now counts as durable.
    void watch();
    // Cut the power just before the n-th durability event after watch()
    // (counted from 0); a negative n never cuts.
    void cutAt(int event);
    // Durability events seen since watch().
    int events() const;
    // Whether the power has been cut.
    bool isCut() const;
    // Once every connection has closed: cuts the power if it is still on,
    // rewrites the watched files as the disk holds them after the cut under
    // `loss` (random choices drawn from `seed`), and stops watching. The disk
    // then works again.
    void restore(Loss loss, unsigned seed);
    // How many of the files restore() last wrote were not as they were when
    // the power went: unsynced writes lost, or a file's creation or deletion
    // undone. Zero means the cut lost nothing.
    int filesChangedByCut() const;
};

std::string describe(PowerCutDisk::Loss loss);

} // namespace jointly::testing
