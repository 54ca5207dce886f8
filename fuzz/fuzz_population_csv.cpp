// Fuzzes the population CSV import: the bytes are a CSV file, imported into a
// fresh empty project. When it is accepted, the project is read back as the
// app would read it, and the import is undone and redone.

#include "FuzzSupport.h"
#include "ImportSupport.h"

#include "needs/PopulationImport.h"

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

using namespace jointly;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const std::string csv = fuzz::workFile("Population.csv");
    fuzz::writeBytes(csv, data, size);
    auto project = fuzz::freshProject();
    auto imported = needs::importPopulation(*project, csv);
    if (!imported.ok()) {
        return 0;
    }
    fuzz::readEverything(project->database(), fuzz::Tolerate::Nothing);
    if (!project->undo().ok() || !project->redo().ok()) {
        std::fprintf(stderr, "jointly fuzz: a population import cannot be undone and redone\n");
        std::abort();
    }
    return 0;
}
