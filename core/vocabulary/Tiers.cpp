#include "vocabulary/Tiers.h"

namespace jointly::vocabulary {

const std::vector<records::ChoiceOption>& tiers() {
    static const std::vector<records::ChoiceOption> choices = {
        {"prevention", "Prevention"},
        {"early_intervention", "Early intervention"},
        {"intensive", "Intensive"},
    };
    return choices;
}

std::size_t tierIndex(std::string_view key) {
    for (std::size_t i = 0; i < tiers().size(); ++i) {
        if (tiers()[i].key == key) {
            return i;
        }
    }
    return 0;
}

} // namespace jointly::vocabulary
