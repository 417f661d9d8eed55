#include "recordsource.h"
