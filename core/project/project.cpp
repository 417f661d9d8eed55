#include "project.h"
