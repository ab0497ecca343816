#pragma once
// A header of a higher layer, for the layering check's own test.

inline int verdict()
{
    return 0;
}
