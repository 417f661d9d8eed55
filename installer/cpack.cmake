# Packaging (CPack). Included last from the top-level CMakeLists.txt.
set(CPACK_PACKAGE_NAME "tailor")
set(CPACK_PACKAGE_VENDOR "Tailor")
set(CPACK_PACKAGE_CONTACT "Tailor maintainers <maintainers@tailor.invalid>")
set(CPACK_GENERATOR "TGZ")
include(CPack)
