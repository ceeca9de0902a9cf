// A plain shared library with no plugin metadata, as a stray file in a module folder would be.
extern "C" int saduak_test_not_a_plugin()
{
    return 42;
}
