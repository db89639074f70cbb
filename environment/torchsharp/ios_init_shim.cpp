// Defines the one GLIBCXX_3.4.32 symbol TorchSharp 0.107's bridge needs, for libstdc++ older than GCC 13.
// GCC 13 moved the iostream objects' initialisation into libstdc++ and has each user call this function; with an
// older libstdc++, libtorch's own translation units still initialise them, so there is nothing left to do here.
namespace std {
void ios_base_library_init() {}
}
