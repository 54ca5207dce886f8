#include "util/FileHash.h"

#include "util/Sha256.h"

#include <fstream>
#include <vector>

namespace jointly::util {

Outcome<std::string> hashFile(const std::string& path, const std::string& name,
                              const std::stop_token& stop) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return Error{ErrorKind::NotFound,
                     "Jointly cannot read " + name + ". Check it exists and you may open it."};
    }
    Sha256 hash;
    std::vector<char> buffer(1 << 16);
    while (in && !stop.stop_requested()) {
        in.read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        hash.update(buffer.data(), static_cast<std::size_t>(in.gcount()));
    }
    return hash.hexDigest();
}

} // namespace jointly::util
