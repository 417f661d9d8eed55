#include "columnmapping.h"
