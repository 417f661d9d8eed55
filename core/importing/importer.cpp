#include "importer.h"
