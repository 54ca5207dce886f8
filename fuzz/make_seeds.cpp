// Writes the seed project files and JSON for the fuzz targets:
// make_fuzz_seeds SOURCE_DIR CORPUS_DIR EXAMPLE_FILE, where CORPUS_DIR is
// fuzz/corpus and EXAMPLE_FILE the example partnership as tools/make_example
// builds it.
//
// open_project gets an empty project, the example partnership with the small
// Fingertips fixture and a few population rows imported into it (as
// example-current.jointly), and the format 0 fixture from tests/fixtures;
// json_import gets the first two exported as JSON. The example and the empty
// project are stored with 512-byte pages instead of 8 KB so that they stay
// small; the fuzz targets see them as any other project file. The corpus also
// keeps seeds written by earlier versions (example.jointly at format 3,
// empty-format-4.jointly, example.json at schema 4), which reach the upgrade
// path; example-current.* are large (the whole example), so they are written
// only when asked for and committed only if wanted.
//
// Not built by default: cmake --build --preset fuzz --target fuzz_seeds
#include "interchange/ProjectJson.h"
#include "needs/IndicatorImport.h"
#include "needs/PopulationImport.h"
#include "project/Project.h"
#include "storage/Database.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <stdexcept>
#include <string>

using namespace jointly;
namespace fs = std::filesystem;

namespace {

void writeText(const fs::path& path, const std::string& text) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out) {
        throw std::runtime_error("cannot write " + path.string());
    }
}

template <class T> T check(Outcome<T> outcome, const std::string& what) {
    if (!outcome.ok()) {
        throw std::runtime_error(what + ": " + outcome.error().message);
    }
    return std::move(outcome).value();
}

void shrink(const std::string& path) {
    storage::Database db(path, storage::OpenMode::ReadWrite);
    db.execute("PRAGMA page_size = 512");
    db.execute("VACUUM");
}

} // namespace

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: make_fuzz_seeds SOURCE_DIR CORPUS_DIR EXAMPLE_FILE\n";
        return 2;
    }
    const fs::path source = argv[1];
    const fs::path corpus = argv[2];
    const fs::path builtExample = argv[3];
    const fs::path work = fs::temp_directory_path() / "jointly-fuzz-seeds";
    try {
        fs::remove_all(work);
        fs::create_directories(work);
        fs::create_directories(corpus / "open_project");
        fs::create_directories(corpus / "json_import");

        const std::string empty = (work / "empty.jointly").string();
        check(project::Project::create(empty, "Empty partnership"), "create the empty project");
        shrink(empty);

        const std::string example = (work / "example.jointly").string();
        fs::copy_file(builtExample, example);
        {
            auto opened = check(project::Project::open(example), "open the example");
            needs::ImportOptions options;
            options.duplicates = needs::DuplicateRule::Replace;
            check(needs::importIndicators(
                      *opened, (source / "tests/fixtures/fingertips-small.csv").string(), options),
                  "import the Fingertips fixture");
            const std::string population = (work / "population.csv").string();
            writeText(population, "Area,Year,Age band,Sex,People,Projected\n"
                                  "E10000099,2024,0-17,Persons,\"160,000\",No\n"
                                  "E10000099,2024,65+,Female,88000,No\n"
                                  "E10000099,2030,65+,Female,97500,Yes\n");
            check(needs::importPopulation(*opened, population), "import population");
        }
        shrink(example);

        fs::copy_file(empty, corpus / "open_project/empty.jointly",
                      fs::copy_options::overwrite_existing);
        fs::copy_file(example, corpus / "open_project/example-current.jointly",
                      fs::copy_options::overwrite_existing);
        fs::copy_file(source / "tests/fixtures/partnership-v0.jointly",
                      corpus / "open_project/partnership-v0.jointly",
                      fs::copy_options::overwrite_existing);
        writeText(corpus / "json_import/empty.json",
                  check(interchange::exportProjectJson(empty), "export the empty project"));
        writeText(corpus / "json_import/example-current.json",
                  check(interchange::exportProjectJson(example), "export the example"));
    } catch (const std::exception& error) {
        std::cerr << "make_fuzz_seeds: " << error.what() << "\n";
        fs::remove_all(work);
        return 1;
    }
    fs::remove_all(work);
    return 0;
}
