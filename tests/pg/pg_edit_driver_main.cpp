// An editor of a server project in its own process, for the tests that run
// several at once or kill one (tests/pg/postgis_edit_process_test.cpp). Every
// edit goes through NetworkEditor (reading through PostgisFeatureLookup) and
// PostgisEditJournal, as the desktop's do.
//
//   gigamap-pg-edit-driver random URI SEED COUNT
//       COUNT random edits on the project's chambers and ducts (attribute
//       changes, network-aware chamber moves, undo of its own last edit, new
//       chambers of its own and their deletion), each printed on its own line
//       as "committed N U" (N feature changes written, U of them over a row
//       version this editor had not read: a lost update), "kept N U" (a
//       conflict, then "keep mine" committed) or "conflict" (nothing written:
//       theirs kept). Then "done".
//   gigamap-pg-edit-driver move URI FID X Y
//       Works out the move of chamber FID to X,Y, prints "read", waits for a
//       line on stdin, applies it and prints "committed N" or "conflict N" (N
//       rows in conflict).
//   gigamap-pg-edit-driver hold URI REF
//       Applies one edit: every chamber's status set to "held", then a new
//       chamber REF. Prints "applying" first. (The test holds REF in an
//       uncommitted transaction of its own, so this edit waits there, mid-way,
//       until the test kills it.)
// Exit status: 0 done, 1 usage, 2 an error other than a conflict (printed).
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <random>
#include <string>
#include <thread>
#include <variant>
#include <vector>

#include "gigamap/core/coordinate.h"
#include "gigamap/core/edit_conflict.h"
#include "gigamap/core/error.h"
#include "gigamap/core/network_editor.h"
#include "gigamap/core/postgis_edit_journal.h"
#include "gigamap/core/postgis_feature_lookup.h"
#include "gigamap/core/postgis_project.h"

namespace core = gigamap::core;

namespace {

class RandomEditor {
public:
    RandomEditor(core::PostgisProject& project, unsigned seed)
        : lookup_(project), editor_(lookup_), journal_(project), random_(seed), seed_(seed) {
        // The network's chambers (refs C…), not another editor's own ones (P…) it may delete.
        for (const auto fid : lookup_.idsWhere("chambers", {})) {
            const auto chamber = lookup_.read("chambers", fid);  // gone if deleted meanwhile
            const auto* ref =
                chamber ? std::get_if<std::string>(&chamber->attribute("ref")) : nullptr;
            if (ref != nullptr && ref->starts_with('C')) {
                chambers_.push_back(fid);
            }
        }
        ducts_ = lookup_.idsWhere("ducts", {});
    }

    void edit(int n) {
        core::ChangeSet changes = next(n);
        // The time between reading and writing in which the others commit.
        std::this_thread::sleep_for(std::chrono::microseconds(pick(2000)));
        try {
            commit("committed", changes);
        } catch (const core::EditConflict& conflict) {
            if (pick(2) == 0) {
                std::cout << "conflict\n";
                return;
            }
            try {
                commit("kept", core::keepMine(changes, conflict));
            } catch (const core::EditConflict&) {
                std::cout << "conflict\n";
            }
        }
    }

private:
    std::size_t pick(std::size_t below) {
        return std::uniform_int_distribution<std::size_t>(0, below - 1)(random_);
    }

    template <typename T>
    const T& any(const std::vector<T>& items) {
        return items[pick(items.size())];
    }

    void commit(const char* outcome, const core::ChangeSet& changes) {
        core::ChangeSet applied = journal_.apply(changes);
        // The row each change was written over, as the server had it, against the one it read.
        std::size_t unseen = 0;
        for (std::size_t i = 0; i < changes.size(); ++i) {
            unseen += changes[i].before && applied[i].before->version != changes[i].before->version;
        }
        std::cout << outcome << ' ' << applied.size() << ' ' << unseen << '\n';
        record(std::move(applied));
    }

    void record(core::ChangeSet applied) {
        for (const auto& change : applied) {
            if (change.table == "chambers" &&
                change.action() == core::FeatureChange::Action::Insert) {
                own_.push_back(change.after->fid);
            }
        }
        done_.push_back(std::move(applied));
    }

    core::ChangeSet next(int n) {
        const std::string tag = "s" + std::to_string(seed_) + "-" + std::to_string(n);
        switch (pick(10)) {
            case 4:
            case 5:
            case 6: {
                const auto fid = any(chambers_);
                const auto at = *core::wkbPointCoordinate(lookup_.read("chambers", fid)->geometry);
                const auto step = [&] { return static_cast<double>(pick(201)) / 100.0 - 1.0; };
                return editor_.movePoint("chambers", fid, {at.x + step(), at.y + step()});
            }
            case 7:
                if (!done_.empty()) {
                    const core::ChangeSet undo = core::inverted(done_.back());
                    done_.pop_back();
                    if (isUndoable(undo)) {
                        return undo;
                    }
                }
                break;
            case 8: {
                core::Feature chamber;
                chamber.attributes = {{"ref", "P" + tag}, {"status", "planned"}};
                chamber.geometry = core::pointWkb(360000.0 + static_cast<double>(pick(5000)),
                                                  470000.0 + static_cast<double>(pick(5000)));
                return editor_.addChamber(chamber);
            }
            case 9:
                while (!own_.empty()) {
                    const auto fid = own_.back();
                    own_.pop_back();
                    if (lookup_.read("chambers", fid)) {
                        return editor_.deleteFeature("chambers", fid);
                    }
                }
                break;
            default:
                break;
        }
        const bool chamber = pick(2) == 0;
        return editor_.changeAttributes(
            chamber ? "chambers" : "ducts", any(chamber ? chambers_ : ducts_),
            {{"status", tag}, {"depth_m", 0.5 + static_cast<double>(pick(100)) / 7.0}});
    }

    // An undo that deletes one of its own chambers deleted since is not an edit any more.
    [[nodiscard]] bool isUndoable(const core::ChangeSet& undo) const {
        for (const auto& change : undo) {
            if (change.action() == core::FeatureChange::Action::Delete &&
                !lookup_.read(change.table, change.fid())) {
                return false;
            }
        }
        return !undo.empty();
    }

    core::PostgisFeatureLookup lookup_;
    core::NetworkEditor editor_;
    core::PostgisEditJournal journal_;
    std::mt19937 random_;
    unsigned seed_;
    std::vector<std::int64_t> chambers_;
    std::vector<std::int64_t> ducts_;
    std::vector<std::int64_t> own_;
    std::vector<core::ChangeSet> done_;
};

int randomEdits(const std::string& uri, unsigned seed, int count) {
    auto project = core::PostgisProject::open(core::ProjectLocator::parse(uri));
    RandomEditor editor(project, seed);
    for (int n = 0; n < count; ++n) {
        editor.edit(n);
    }
    std::cout << "done" << std::endl;
    return 0;
}

int move(const std::string& uri, std::int64_t fid, double x, double y) {
    auto project = core::PostgisProject::open(core::ProjectLocator::parse(uri));
    const core::PostgisFeatureLookup lookup(project);
    const core::ChangeSet changes = core::NetworkEditor(lookup).movePoint("chambers", fid, {x, y});
    std::cout << "read" << std::endl;
    std::string go;
    std::getline(std::cin, go);
    core::PostgisEditJournal journal(project);
    try {
        const auto applied = journal.apply(changes);
        std::cout << "committed " << applied.size() << std::endl;
    } catch (const core::EditConflict& conflict) {
        std::cout << "conflict " << conflict.conflicts().size() << std::endl;
    }
    return 0;
}

int hold(const std::string& uri, const std::string& ref) {
    auto project = core::PostgisProject::open(core::ProjectLocator::parse(uri));
    const core::PostgisFeatureLookup lookup(project);
    const core::NetworkEditor editor(lookup);
    core::ChangeSet changes;
    for (const auto fid : lookup.idsWhere("chambers", {})) {
        for (auto& change : editor.changeAttributes("chambers", fid, {{"status", "held"}})) {
            changes.push_back(std::move(change));
        }
    }
    core::Feature chamber;
    chamber.attributes = {{"ref", ref}};
    chamber.geometry = core::pointWkb(365000.0, 475000.0);
    changes.push_back({"chambers", std::nullopt, chamber});
    std::cout << "applying" << std::endl;
    core::PostgisEditJournal(project).apply(changes);
    std::cout << "committed" << std::endl;
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const std::vector<std::string> args(argv + 1, argv + argc);
    try {
        if (args.size() == 4 && args[0] == "random") {
            return randomEdits(args[1], static_cast<unsigned>(std::stoul(args[2])),
                               std::stoi(args[3]));
        }
        if (args.size() == 5 && args[0] == "move") {
            return move(args[1], std::stoll(args[2]), std::stod(args[3]), std::stod(args[4]));
        }
        if (args.size() == 3 && args[0] == "hold") {
            return hold(args[1], args[2]);
        }
    } catch (const std::exception& error) {
        std::cout << "error " << error.what() << std::endl;
        return 2;
    }
    std::cerr << "usage: gigamap-pg-edit-driver random URI SEED COUNT | move URI FID X Y | "
                 "hold URI REF\n";
    return 1;
}
