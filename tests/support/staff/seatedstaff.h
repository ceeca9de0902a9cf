#pragma once

#include <domain/staffrole.h>

#include <QString>

namespace saduak {
class Database;
}

namespace saduak::test {

// For tests about something other than logging in: a person of this role logged in at the device
// (a paired device's id, or "local" for an embedded hub's own screens) as the hub's logIn leaves
// it, until far in the future, without the password round trip (Argon2id costs a fraction of a
// second a hash). The account is made when missing, named userName or else after the role
// ("counter", "supervisor", "admin"); it has no password anyone can type. False with why.
bool seatStaff(Database &db, const QString &deviceId, StaffRole role = StaffRole::Counter,
    QString *why = nullptr, const QString &userName = {});

} // namespace saduak::test
