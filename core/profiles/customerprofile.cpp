#include "customerprofile.h"
