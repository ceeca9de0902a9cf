<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>main</name>
    <message>
        <source>Saduak cannot start</source>
        <translation>Saduak cannot start</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>Could not write %1</translation>
    </message>
    <message>
        <source>The hub&apos;s pin &quot;%1&quot; (--hub-pin or hub/pinSha256) is not a SHA-256 in base64 (44 characters); copy it again from the pairing.</source>
        <translation>The hub&apos;s pin &quot;%1&quot; (--hub-pin or hub/pinSha256) is not a SHA-256 in base64 (44 characters); copy it again from the pairing.</translation>
    </message>
</context>
<context>
    <name>saduak-card</name>
    <message>
        <source>no card</source>
        <translation>no card</translation>
    </message>
    <message>
        <source>card, in use by another program</source>
        <translation>card, in use by another program</translation>
    </message>
    <message>
        <source>card that does not answer</source>
        <translation>card that does not answer</translation>
    </message>
    <message>
        <source>card</source>
        <translation>card</translation>
    </message>
    <message>
        <source>Cannot write the photo to %1: %2</source>
        <translation>Cannot write the photo to %1: %2</translation>
    </message>
    <message>
        <source>Reads Thai national ID cards through the smart card service (pcscd).
  readers   list the card readers and whether each has a card
  read      read the card and print its data as JSON (UTF-8)
Exit codes: 0 done, 2 wrong usage, 3 pcscd not running, 4 no card reader, 5 no card, 6 not a Thai ID card, 7 card removed during the read, 8 other reader error, 9 card in use by another program, 10 the photo file could not be written.</source>
        <translation>Reads Thai national ID cards through the smart card service (pcscd).
  readers   list the card readers and whether each has a card
  read      read the card and print its data as JSON (UTF-8)
Exit codes: 0 done, 2 wrong usage, 3 pcscd not running, 4 no card reader, 5 no card, 6 not a Thai ID card, 7 card removed during the read, 8 other reader error, 9 card in use by another program, 10 the photo file could not be written.</translation>
    </message>
    <message>
        <source>readers or read</source>
        <translation>readers or read</translation>
    </message>
    <message>
        <source>Print JSON (read always does).</source>
        <translation>Print JSON (read always does).</translation>
    </message>
    <message>
        <source>read: also read the photo and save the JPEG to this file.</source>
        <translation>read: also read the photo and save the JPEG to this file.</translation>
    </message>
    <message>
        <source>read: use this reader (default: the one with a card).</source>
        <translation>read: use this reader (default: the one with a card).</translation>
    </message>
    <message>
        <source>Language of messages: th or en (default: the system&apos;s).</source>
        <translation>Language of messages: th or en (default: the system&apos;s).</translation>
    </message>
    <message>
        <source>Say what to do: saduak-card readers, or saduak-card read --json [--photo FILE] [--reader NAME]. See --help.</source>
        <translation>Say what to do: saduak-card readers, or saduak-card read --json [--photo FILE] [--reader NAME]. See --help.</translation>
    </message>
</context>
<context>
    <name>saduak-central</name>
    <message>
        <source>Saduak central service.</source>
        <translation>Saduak central service.</translation>
    </message>
    <message>
        <source>Central database: a SQLite file, or a PostgreSQL database as postgresql://user@host:port/dbname (password from PGPASSWORD).</source>
        <translation>Central database: a SQLite file, or a PostgreSQL database as postgresql://user@host:port/dbname (password from PGPASSWORD).</translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation>Address to listen on.</translation>
    </message>
    <message>
        <source>Port (0: any free port).</source>
        <translation>Port (0: any free port).</translation>
    </message>
    <message>
        <source>enrol-branch: the branch&apos;s name.</source>
        <translation>enrol-branch: the branch&apos;s name.</translation>
    </message>
    <message>
        <source>Serve HTTPS with this PEM certificate (then any intermediates); needs --tls-key.</source>
        <translation>Serve HTTPS with this PEM certificate (then any intermediates); needs --tls-key.</translation>
    </message>
    <message>
        <source>The PEM private key of --tls-cert (not encrypted).</source>
        <translation>The PEM private key of --tls-cert (not encrypted).</translation>
    </message>
    <message>
        <source>statistics: the business day (YYYY-MM-DD, today if not given).</source>
        <translation>statistics: the business day (YYYY-MM-DD, today if not given).</translation>
    </message>
    <message>
        <source>import-reference, compact-reference: the reference data set (e.g. land-parcels).</source>
        <translation>import-reference, compact-reference: the reference data set (e.g. land-parcels).</translation>
    </message>
    <message>
        <source>import-reference: JSON Lines file, one item (object) a line.</source>
        <translation>import-reference: JSON Lines file, one item (object) a line.</translation>
    </message>
    <message>
        <source>import-reference: the field that identifies an item.</source>
        <translation>import-reference: the field that identifies an item.</translation>
    </message>
    <message>
        <source>import-reference: items of the data set not in the file are deleted.</source>
        <translation>import-reference: items of the data set not in the file are deleted.</translation>
    </message>
    <message>
        <source>Language of messages: th (default) or en.</source>
        <translation>Language of messages: th (default) or en.</translation>
    </message>
    <message>
        <source>Key of the personal data (names, contact details, addresses), kept apart from the database; default: central.key beside a SQLite database, made at the first start. Needed with PostgreSQL. make-key: the new key file.</source>
        <translation>Key of the personal data (names, contact details, addresses), kept apart from the database; default: central.key beside a SQLite database, made at the first start. Needed with PostgreSQL. make-key: the new key file.</translation>
    </message>
    <message>
        <source>make-key needs --key-file FILE.</source>
        <translation>make-key needs --key-file FILE.</translation>
    </message>
    <message>
        <source>Made the key file %1. Back it up apart from the database: losing it loses the personal data at central.</source>
        <translation>Made the key file %1. Back it up apart from the database: losing it loses the personal data at central.</translation>
    </message>
    <message>
        <source>enrol-branch needs --code CODE and --name NAME.</source>
        <translation>enrol-branch needs --code CODE and --name NAME.</translation>
    </message>
    <message>
        <source>The branch was not enrolled: %1</source>
        <translation>The branch was not enrolled: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; give the day as YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; is not a date; give the day as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>The figures could not be read: %1</translation>
    </message>
    <message>
        <source>import-reference needs --dataset NAME, --file FILE and --key-field FIELD.</source>
        <translation>import-reference needs --dataset NAME, --file FILE and --key-field FIELD.</translation>
    </message>
    <message>
        <source>%1 items read: %2 new or changed, %3 unchanged, %4 deleted.</source>
        <translation>%1 items read: %2 new or changed, %3 unchanged, %4 deleted.</translation>
    </message>
    <message>
        <source>compact-reference needs --dataset NAME.</source>
        <translation>compact-reference needs --dataset NAME.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reference data set.</source>
        <translation>&quot;%1&quot; is not a reference data set.</translation>
    </message>
    <message>
        <source>The data set was not compacted: %1</source>
        <translation>The data set was not compacted: %1</translation>
    </message>
    <message>
        <source>%1 deleted items dropped; branches with a cursor before %2 take a snapshot.</source>
        <translation>%1 deleted items dropped; branches with a cursor before %2 take a snapshot.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--tls-cert and --tls-key go together: give both or neither.</source>
        <translation>--tls-cert and --tls-key go together: give both or neither.</translation>
    </message>
    <message>
        <source>Bad port.</source>
        <translation>Bad port.</translation>
    </message>
    <message>
        <source>Connections open at once; one more is answered 503 (default: the open-file limit less 100).</source>
        <translation>Connections open at once; one more is answered 503 (default: the open-file limit less 100).</translation>
    </message>
    <message>
        <source>Seconds a request&apos;s line and headers may take from their first byte.</source>
        <translation>Seconds a request&apos;s line and headers may take from their first byte.</translation>
    </message>
    <message>
        <source>Slowest body accepted, in bytes a second (after --head-timeout of grace).</source>
        <translation>Slowest body accepted, in bytes a second (after --head-timeout of grace).</translation>
    </message>
    <message>
        <source>Seconds a connection may wait for its next request after the last one.</source>
        <translation>Seconds a connection may wait for its next request after the last one.</translation>
    </message>
    <message>
        <source>Branch %1 is enrolled already, and revoked. To let it in again, give it a new token: saduak-central rotate-branch-token --code %1</source>
        <translation>Branch %1 is enrolled already, and revoked. To let it in again, give it a new token: saduak-central rotate-branch-token --code %1</translation>
    </message>
    <message>
        <source>Branch %1 is enrolled already. To give it a new token (its old one then opens nothing): saduak-central rotate-branch-token --code %1</source>
        <translation>Branch %1 is enrolled already. To give it a new token (its old one then opens nothing): saduak-central rotate-branch-token --code %1</translation>
    </message>
    <message>
        <source>%1 needs --code CODE.</source>
        <translation>%1 needs --code CODE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a branch code (1-32 letters, digits, &apos;-&apos; or &apos;_&apos;).</source>
        <translation>&quot;%1&quot; is not a branch code (1-32 letters, digits, &apos;-&apos; or &apos;_&apos;).</translation>
    </message>
    <message>
        <source>No branch has the code %1 (enrol it with enrol-branch).</source>
        <translation>No branch has the code %1 (enrol it with enrol-branch).</translation>
    </message>
    <message>
        <source>The branch&apos;s token was not replaced: %1</source>
        <translation>The branch&apos;s token was not replaced: %1</translation>
    </message>
    <message>
        <source>Branch %1 has a new token; its old one opens nothing from now on. Put the new one in central/token of the branch hub&apos;s settings and restart the hub: its rows wait in its outbox until then.</source>
        <translation>Branch %1 has a new token; its old one opens nothing from now on. Put the new one in central/token of the branch hub&apos;s settings and restart the hub: its rows wait in its outbox until then.</translation>
    </message>
    <message>
        <source>The branch was not revoked: %1</source>
        <translation>The branch was not revoked: %1</translation>
    </message>
    <message>
        <source>Branch %1 was revoked already; its token opens nothing.</source>
        <translation>Branch %1 was revoked already; its token opens nothing.</translation>
    </message>
    <message>
        <source>Branch %1 is revoked: its token opens nothing from now on. Its rows stay at central. To let it in again: saduak-central rotate-branch-token --code %1</source>
        <translation>Branch %1 is revoked: its token opens nothing from now on. Its rows stay at central. To let it in again: saduak-central rotate-branch-token --code %1</translation>
    </message>
    <message>
        <source>Log window in seconds: of the lines clients can cause (refused requests, failed TLS handshakes), the first 5 of a kind in a window are logged, the rest summed up in one line when it ends.</source>
        <translation>Log window in seconds: of the lines clients can cause (refused requests, failed TLS handshakes), the first 5 of a kind in a window are logged, the rest summed up in one line when it ends.</translation>
    </message>
    <message>
        <source>The branches could not be read: %1</source>
        <translation>The branches could not be read: %1</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>revoked %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>backup needs the file to write: saduak-central backup FILE [--db FILE]</source>
        <translation>backup needs the file to write: saduak-central backup FILE [--db FILE]</translation>
    </message>
    <message>
        <source>A PostgreSQL central is backed up with PostgreSQL&apos;s own tool, on a machine that may connect to the database (central keeps serving meanwhile):
  pg_dump --format=custom --file=%1 &apos;%2&apos;
Restore it with pg_restore (docs/deployment.md). Back up the key file apart.</source>
        <translation>A PostgreSQL central is backed up with PostgreSQL&apos;s own tool, on a machine that may connect to the database (central keeps serving meanwhile):
  pg_dump --format=custom --file=%1 &apos;%2&apos;
Restore it with pg_restore (docs/deployment.md). Back up the key file apart.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 KiB): central as of one moment, checked whole. The key of the personal data is not in it: back up the key file apart, or the names and addresses in the copy cannot be read.</source>
        <translation>Backed up %1 to %2 (%3 KiB): central as of one moment, checked whole. The key of the personal data is not in it: back up the key file apart, or the names and addresses in the copy cannot be read.</translation>
    </message>
    <message>
        <source>The jurisdiction_id Open311 clients may name (without it, a request that names one is refused).</source>
        <translation>The jurisdiction_id Open311 clients may name (without it, a request that names one is refused).</translation>
    </message>
    <message>
        <source>add-open311-key needs --name NAME (who the key is for).</source>
        <translation>add-open311-key needs --name NAME (who the key is for).</translation>
    </message>
    <message>
        <source>No key was made: %1</source>
        <translation>No key was made: %1</translation>
    </message>
    <message>
        <source>enrol-branch, set-branch-area, rotate-branch-token, revoke-branch: the branch&apos;s code.</source>
        <translation>enrol-branch, set-branch-area, rotate-branch-token, revoke-branch: the branch&apos;s code.</translation>
    </message>
    <message>
        <source>enrol-branch, set-branch-area: the branch&apos;s province, its code (10) or its key in admin-areas (p10).</source>
        <translation>enrol-branch, set-branch-area: the branch&apos;s province, its code (10) or its key in admin-areas (p10).</translation>
    </message>
    <message>
        <source>enrol-branch, set-branch-area: the branch&apos;s amphoe (khet), its code (1001) or its key in admin-areas (d1001); it must lie in --province.</source>
        <translation>enrol-branch, set-branch-area: the branch&apos;s amphoe (khet), its code (1001) or its key in admin-areas (d1001); it must lie in --province.</translation>
    </message>
    <message>
        <source>set-branch-area needs --code CODE and --province P (and may take --amphoe D).</source>
        <translation>set-branch-area needs --code CODE and --province P (and may take --amphoe D).</translation>
    </message>
    <message>
        <source>The branch&apos;s area was not set: %1</source>
        <translation>The branch&apos;s area was not set: %1</translation>
    </message>
    <message>
        <source>Branch %1 is in province %2, amphoe %3.</source>
        <translation>Branch %1 is in province %2, amphoe %3.</translation>
    </message>
    <message>
        <source>Nothing to serve branches; or one of: enrol-branch, set-branch-area, rotate-branch-token, revoke-branch, list-branches, make-key, import-reference, compact-reference, statistics, area-report, backup FILE, complaint, complaints, add-open311-key, add-officer, remove-officer.</source>
        <translation>Nothing to serve branches; or one of: enrol-branch, set-branch-area, rotate-branch-token, revoke-branch, list-branches, make-key, import-reference, compact-reference, statistics, area-report, backup FILE, complaint, complaints, add-open311-key, add-officer, remove-officer.</translation>
    </message>
    <message>
        <source>area-report: the month (YYYY-MM; this month if neither --month nor --day is given); --day for one business day, --province and --amphoe for one area.</source>
        <translation>area-report: the month (YYYY-MM; this month if neither --month nor --day is given); --day for one business day, --province and --amphoe for one area.</translation>
    </message>
    <message>
        <source>area-report: json (the default) or csv.</source>
        <translation>area-report: json (the default) or csv.</translation>
    </message>
    <message>
        <source>--format is json or csv.</source>
        <translation>--format is json or csv.</translation>
    </message>
</context>
<context>
    <name>saduak-hub</name>
    <message>
        <source>Saduak branch hub.</source>
        <translation>Saduak branch hub.</translation>
    </message>
    <message>
        <source>Branch database file.</source>
        <translation>Branch database file.</translation>
    </message>
    <message>
        <source>Address to listen on.</source>
        <translation>Address to listen on.</translation>
    </message>
    <message>
        <source>Port (0: any free port).</source>
        <translation>Port (0: any free port).</translation>
    </message>
    <message>
        <source>Language of messages: th (default) or en.</source>
        <translation>Language of messages: th (default) or en.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Bad port.</source>
        <translation>Bad port.</translation>
    </message>
    <message>
        <source>Folder of the module plugins to serve.</source>
        <translation>Folder of the module plugins to serve.</translation>
    </message>
    <message>
        <source>pair-device: a counter PC&apos;s counter number (it acts for no other).</source>
        <translation>pair-device: a counter PC&apos;s counter number (it acts for no other).</translation>
    </message>
    <message>
        <source>revoke-device: the device&apos;s id (list-devices).</source>
        <translation>revoke-device: the device&apos;s id (list-devices).</translation>
    </message>
    <message>
        <source>Connections served at once (default: from the open-file limit, at most 1000).</source>
        <translation>Connections served at once (default: from the open-file limit, at most 1000).</translation>
    </message>
    <message>
        <source>Warning: %1 connections need more open files than the %2 this process may have; raise LimitNOFILE= (docs/deployment.md).</source>
        <translation>Warning: %1 connections need more open files than the %2 this process may have; raise LimitNOFILE= (docs/deployment.md).</translation>
    </message>
    <message>
        <source>pair-device needs --role counter|kiosk|display|supervisor and --name NAME, and a counter PC its --counter N.</source>
        <translation>pair-device needs --role counter|kiosk|display|supervisor and --name NAME, and a counter PC its --counter N.</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>revoked %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>revoke-device needs --device ID.</source>
        <translation>revoke-device needs --device ID.</translation>
    </message>
    <message>
        <source>Device %1 is revoked. Its token opens nothing now; a running hub closes its connections within a second.</source>
        <translation>Device %1 is revoked. Its token opens nothing now; a running hub closes its connections within a second.</translation>
    </message>
    <message>
        <source>PEM private key of that certificate, not encrypted (or hub/tlsKey).</source>
        <translation>PEM private key of that certificate, not encrypted (or hub/tlsKey).</translation>
    </message>
    <message>
        <source>Give the device the token and this pin together; it joins at wss://&lt;this hub&apos;s address&gt;:%1 (saduak --hub wss://HOST:%1 --hub-pin PIN, or hub/url and hub/pinSha256 in its settings).</source>
        <translation>Give the device the token and this pin together; it joins at wss://&lt;this hub&apos;s address&gt;:%1 (saduak --hub wss://HOST:%1 --hub-pin PIN, or hub/url and hub/pinSha256 in its settings).</translation>
    </message>
    <message>
        <source>PEM certificate of the hub, with --tls-key (or hub/tlsCert; default: its own, made beside the database).</source>
        <translation>PEM certificate of the hub, with --tls-key (or hub/tlsCert; default: its own, made beside the database).</translation>
    </message>
    <message>
        <source>sync: not configured (no central/url)</source>
        <translation>sync: not configured (no central/url)</translation>
    </message>
    <message>
        <source>sync: cannot start: %1</source>
        <translation>sync: cannot start: %1</translation>
    </message>
    <message>
        <source>sync: failing since %1: %2</source>
        <translation>sync: failing since %1: %2</translation>
    </message>
    <message>
        <source>sync: working, pushing to %1</source>
        <translation>sync: working, pushing to %1</translation>
    </message>
    <message>
        <source>waiting for central: nothing</source>
        <translation>waiting for central: nothing</translation>
    </message>
    <message>
        <source>waiting for central: %1 rows, the oldest from %2</source>
        <translation>waiting for central: %1 rows, the oldest from %2</translation>
    </message>
    <message>
        <source>the oldest row waits longer than central/warnPendingHours (%1 h)</source>
        <translation>the oldest row waits longer than central/warnPendingHours (%1 h)</translation>
    </message>
    <message>
        <source>last success: %1</source>
        <translation>last success: %1</translation>
    </message>
    <message>
        <source>last success: never</source>
        <translation>last success: never</translation>
    </message>
    <message>
        <source>refused by central for good: %1</source>
        <translation>refused by central for good: %1</translation>
    </message>
    <message>
        <source>devices: %1</source>
        <translation>devices: %1</translation>
    </message>
    <message>
        <source>Settings file (INI): the hub (hub/...), the queue&apos;s rules (queue/...), the sync with central (central/...), the modules (modules/...).</source>
        <translation>Settings file (INI): the hub (hub/...), the queue&apos;s rules (queue/...), the sync with central (central/...), the modules (modules/...).</translation>
    </message>
    <message>
        <source>The database %1 could not be checked: %2</source>
        <translation>The database %1 could not be checked: %2</translation>
    </message>
    <message>
        <source>The database %1 is whole: SQLite&apos;s integrity check found nothing wrong.</source>
        <translation>The database %1 is whole: SQLite&apos;s integrity check found nothing wrong.</translation>
    </message>
    <message>
        <source>The database %1 is damaged. SQLite&apos;s integrity check found:</source>
        <translation>The database %1 is damaged. SQLite&apos;s integrity check found:</translation>
    </message>
    <message>
        <source>backup needs the file to write: saduak-hub backup FILE [--db FILE]</source>
        <translation>backup needs the file to write: saduak-hub backup FILE [--db FILE]</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 KiB): the branch as of one moment, checked whole. It holds personal data: keep it as safe as the database.</source>
        <translation>Backed up %1 to %2 (%3 KiB): the branch as of one moment, checked whole. It holds personal data: keep it as safe as the database.</translation>
    </message>
    <message>
        <source>disabled %1</source>
        <translation>disabled %1</translation>
    </message>
    <message>
        <source>Password for %1 (at least %2 characters; not shown as you type):</source>
        <translation>Password for %1 (at least %2 characters; not shown as you type):</translation>
    </message>
    <message>
        <source>add-staff needs --user NAME, --name &quot;the person&apos;s name&quot; and --role counter|supervisor|admin; the password comes on stdin.</source>
        <translation>add-staff needs --user NAME, --name &quot;the person&apos;s name&quot; and --role counter|supervisor|admin; the password comes on stdin.</translation>
    </message>
    <message>
        <source>%1 needs --user NAME.</source>
        <translation>%1 needs --user NAME.</translation>
    </message>
    <message>
        <source>Staff member %1 is disabled: they cannot log in any more. The audit keeps their user name.</source>
        <translation>Staff member %1 is disabled: they cannot log in any more. The audit keeps their user name.</translation>
    </message>
    <message>
        <source>Staff member %1 added.</source>
        <translation>Staff member %1 added.</translation>
    </message>
    <message>
        <source>Staff member %1 has a new password; their failed log-ins and any lock-out are cleared.</source>
        <translation>Staff member %1 has a new password; their failed log-ins and any lock-out are cleared.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Nothing was changed: %1</translation>
    </message>
    <message>
        <source>pair-device: counter, kiosk, display or supervisor; add-staff: counter, supervisor or admin.</source>
        <translation>pair-device: counter, kiosk, display or supervisor; add-staff: counter, supervisor or admin.</translation>
    </message>
    <message>
        <source>pair-device: the device&apos;s name; add-staff: the person&apos;s name.</source>
        <translation>pair-device: the device&apos;s name; add-staff: the person&apos;s name.</translation>
    </message>
    <message>
        <source>add-staff, disable-staff, set-staff-password: the person&apos;s user name (small letters, digits, . _ -).</source>
        <translation>add-staff, disable-staff, set-staff-password: the person&apos;s user name (small letters, digits, . _ -).</translation>
    </message>
    <message>
        <source>report needs --day YYYY-MM-DD or --month YYYY-MM (one of them), e.g. --day 2026-12-06 or --month 2026-12.</source>
        <translation>report needs --day YYYY-MM-DD or --month YYYY-MM (one of them), e.g. --day 2026-12-06 or --month 2026-12.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a month: write it as YYYY-MM, e.g. 2026-12.</source>
        <translation>&quot;%1&quot; is not a month: write it as YYYY-MM, e.g. 2026-12.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a day: write it as YYYY-MM-DD, e.g. 2026-12-06.</source>
        <translation>&quot;%1&quot; is not a day: write it as YYYY-MM-DD, e.g. 2026-12-06.</translation>
    </message>
    <message>
        <source>%1 is a Buddhist-Era year: write the Christian-Era year, %2 (%1 - 543).</source>
        <translation>%1 is a Buddhist-Era year: write the Christian-Era year, %2 (%1 - 543).</translation>
    </message>
    <message>
        <source>The events could not be read: %1</source>
        <translation>The events could not be read: %1</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>The report could not be written to %1: %2</translation>
    </message>
    <message>
        <source>The e-report of %1 is in %2.</source>
        <translation>The e-report of %1 is in %2.</translation>
    </message>
    <message>
        <source>Nothing to serve the LAN; pair-device, list-devices or revoke-device to manage the devices; add-staff, list-staff, disable-staff or set-staff-password to manage the staff accounts; status for the sync with central and the devices; check for SQLite&apos;s integrity check of the database; backup FILE for a copy of it while the hub serves; report for the e-report of a day or a month as CSV.</source>
        <translation>Nothing to serve the LAN; pair-device, list-devices or revoke-device to manage the devices; add-staff, list-staff, disable-staff or set-staff-password to manage the staff accounts; status for the sync with central and the devices; check for SQLite&apos;s integrity check of the database; backup FILE for a copy of it while the hub serves; report for the e-report of a day or a month as CSV.</translation>
    </message>
    <message>
        <source>report: the business day, e.g. 2026-12-06.</source>
        <translation>report: the business day, e.g. 2026-12-06.</translation>
    </message>
    <message>
        <source>report: the month, e.g. 2026-12.</source>
        <translation>report: the month, e.g. 2026-12.</translation>
    </message>
    <message>
        <source>report: the CSV file to write (UTF-8, for Excel or LibreOffice); default: stdout.</source>
        <translation>report: the CSV file to write (UTF-8, for Excel or LibreOffice); default: stdout.</translation>
    </message>
</context>
<context>
    <name>saduak::AboutDialog</name>
    <message>
        <source>About Saduak</source>
        <translation>About Saduak</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Saduak&lt;/h2&gt;&lt;p&gt;Software of the one-stop Government Center&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Saduak&lt;/h2&gt;&lt;p&gt;Software of the one-stop Government Center&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Saduak %1</source>
        <translation>Saduak %1</translation>
    </message>
    <message>
        <source>Qt %1</source>
        <translation>Qt %1</translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>Module SDK %1</source>
        <translation>Module SDK %1</translation>
    </message>
    <message>
        <source>No modules loaded</source>
        <translation>No modules loaded</translation>
    </message>
    <message>
        <source>Module %1 (%2) %3</source>
        <translation>Module %1 (%2) %3</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation>Settings: %1</translation>
    </message>
</context>
<context>
    <name>saduak::AreaReportQuery</name>
    <message>
        <source>period must be day or month.</source>
        <translation>period must be day or month.</translation>
    </message>
    <message>
        <source>Give a day or a month, not both.</source>
        <translation>Give a day or a month, not both.</translation>
    </message>
    <message>
        <source>The day must be a date as YYYY-MM-DD.</source>
        <translation>The day must be a date as YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>The month must be given as YYYY-MM.</source>
        <translation>The month must be given as YYYY-MM.</translation>
    </message>
    <message>
        <source>The province must be a province code (2 digits, e.g. 10).</source>
        <translation>The province must be a province code (2 digits, e.g. 10).</translation>
    </message>
    <message>
        <source>The amphoe must be an amphoe code (4 digits, e.g. 1007).</source>
        <translation>The amphoe must be an amphoe code (4 digits, e.g. 1007).</translation>
    </message>
    <message>
        <source>This amphoe is not in the province chosen.</source>
        <translation>This amphoe is not in the province chosen.</translation>
    </message>
</context>
<context>
    <name>saduak::AreaReportView</name>
    <message>
        <source>1 branch</source>
        <translation>1 branch</translation>
    </message>
    <message>
        <source>%1 branches</source>
        <translation>%1 branches</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>A month</translation>
    </message>
    <message>
        <source>A day</source>
        <translation>A day</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>All provinces</source>
        <translation>All provinces</translation>
    </message>
    <message>
        <source>Amphoe</source>
        <translation>Amphoe</translation>
    </message>
    <message>
        <source>All amphoes</source>
        <translation>All amphoes</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Area e-report</source>
        <translation>Area e-report</translation>
    </message>
    <message>
        <source>Download as CSV (for a spreadsheet)</source>
        <translation>Download as CSV (for a spreadsheet)</translation>
    </message>
    <message>
        <source>Summed from the daily e-reports the branches sent. Within target: of the tickets called, the share called within the service&apos;s target wait. Waits and service times in minutes; p90: nine in ten waited at most this long.</source>
        <translation>Summed from the daily e-reports the branches sent. Within target: of the tickets called, the share called within the service&apos;s target wait. Waits and service times in minutes; p90: nine in ten waited at most this long.</translation>
    </message>
    <message>
        <source>Area or branch</source>
        <translation>Area or branch</translation>
    </message>
    <message>
        <source>Days reported</source>
        <translation>Days reported</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transferred</translation>
    </message>
    <message>
        <source>Within target</source>
        <translation>Within target</translation>
    </message>
    <message>
        <source>Wait p50</source>
        <translation>Wait p50</translation>
    </message>
    <message>
        <source>Wait p90</source>
        <translation>Wait p90</translation>
    </message>
    <message>
        <source>Service p90</source>
        <translation>Service p90</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revoked</translation>
    </message>
    <message>
        <source>Branches without an area</source>
        <translation>Branches without an area</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>By service</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
</context>
<context>
    <name>saduak::BranchAreaCheck</name>
    <message>
        <source>An amphoe needs its province: give --province too.</source>
        <translation>An amphoe needs its province: give --province too.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a province code (2 digits, e.g. 10, or the key p10).</source>
        <translation>&quot;%1&quot; is not a province code (2 digits, e.g. 10, or the key p10).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amphoe code (4 digits, e.g. 1001, or the key d1001).</source>
        <translation>&quot;%1&quot; is not an amphoe code (4 digits, e.g. 1001, or the key d1001).</translation>
    </message>
    <message>
        <source>The administrative areas (admin-areas) could not be read.</source>
        <translation>The administrative areas (admin-areas) could not be read.</translation>
    </message>
    <message>
        <source>The administrative areas are not imported at central yet: import them first (saduak-central import-reference --dataset admin-areas --file db/reference/admin-areas.jsonl --key-field key).</source>
        <translation>The administrative areas are not imported at central yet: import them first (saduak-central import-reference --dataset admin-areas --file db/reference/admin-areas.jsonl --key-field key).</translation>
    </message>
    <message>
        <source>There is no province %1 in the administrative areas imported at central.</source>
        <translation>There is no province %1 in the administrative areas imported at central.</translation>
    </message>
    <message>
        <source>There is no amphoe %1 in the administrative areas imported at central.</source>
        <translation>There is no amphoe %1 in the administrative areas imported at central.</translation>
    </message>
    <message>
        <source>Amphoe %1 is not in province %2 (it is in province %3).</source>
        <translation>Amphoe %1 is not in province %2 (it is in province %3).</translation>
    </message>
</context>
<context>
    <name>saduak::BranchHub</name>
    <message>
        <source>This branch is already open in another Saduak program on this computer (process %1). Close it, or join it with --hub instead of opening the file a second time.</source>
        <translation>This branch is already open in another Saduak program on this computer (process %1). Close it, or join it with --hub instead of opening the file a second time.</translation>
    </message>
    <message>
        <source>The hub&apos;s TLS needs both a certificate and its key (--tls-cert and --tls-key, or hub/tlsCert and hub/tlsKey).</source>
        <translation>The hub&apos;s TLS needs both a certificate and its key (--tls-cert and --tls-key, or hub/tlsCert and hub/tlsKey).</translation>
    </message>
    <message>
        <source>A hub without a database file has no folder for its own certificate: give it one (--tls-cert and --tls-key).</source>
        <translation>A hub without a database file has no folder for its own certificate: give it one (--tls-cert and --tls-key).</translation>
    </message>
    <message>
        <source>Saduak could not create its lock file %1 beside the branch database. Check that the disk is connected and has room, then start again.</source>
        <translation>Saduak could not create its lock file %1 beside the branch database. Check that the disk is connected and has room, then start again.</translation>
    </message>
    <message>
        <source>To restore: stop the hub, copy the latest backup (saduak-hub backup FILE) to %1 and start the hub; what was recorded after that backup is lost here, and what central already received stays at central. With no backup: move the damaged file away and start the hub on a new one; it pulls the reference data from central again, but central does not send back this branch&apos;s tickets, statistics, module records or paired devices: set up the services and counters and pair the devices again.</source>
        <translation>To restore: stop the hub, copy the latest backup (saduak-hub backup FILE) to %1 and start the hub; what was recorded after that backup is lost here, and what central already received stays at central. With no backup: move the damaged file away and start the hub on a new one; it pulls the reference data from central again, but central does not send back this branch&apos;s tickets, statistics, module records or paired devices: set up the services and counters and pair the devices again.</translation>
    </message>
</context>
<context>
    <name>saduak::BranchSession</name>
    <message>
        <source>The account could not be saved in the branch database. Please try again.</source>
        <translation>The account could not be saved in the branch database. Please try again.</translation>
    </message>
</context>
<context>
    <name>saduak::BuddhistDate</name>
    <message>
        <source>No date was given.</source>
        <translation>No date was given.</translation>
    </message>
    <message>
        <source>“%1” is not a date: write the day, the month and the Buddhist-Era year, for example 25 พ.ย. 2569 or 25/11/2569.</source>
        <translation>“%1” is not a date: write the day, the month and the Buddhist-Era year, for example 25 พ.ย. 2569 or 25/11/2569.</translation>
    </message>
    <message>
        <source>“%1” is not a month number: months run from 1 to 12.</source>
        <translation>“%1” is not a month number: months run from 1 to 12.</translation>
    </message>
    <message>
        <source>“%1” is not a Thai month name; write for example พ.ย. or พฤศจิกายน.</source>
        <translation>“%1” is not a Thai month name; write for example พ.ย. or พฤศจิกายน.</translation>
    </message>
    <message>
        <source>“%1” is not a day of the month.</source>
        <translation>“%1” is not a day of the month.</translation>
    </message>
    <message>
        <source>Write the year in full as a Buddhist-Era year, for example 2569.</source>
        <translation>Write the year in full as a Buddhist-Era year, for example 2569.</translation>
    </message>
    <message>
        <source>%1 looks like a Christian-Era year; write the Buddhist-Era year (%2).</source>
        <translation>%1 looks like a Christian-Era year; write the Buddhist-Era year (%2).</translation>
    </message>
    <message>
        <source>There is no month %1: months run from 1 to 12.</source>
        <translation>There is no month %1: months run from 1 to 12.</translation>
    </message>
    <message>
        <source>BE 2483 had no January, February or March: it ran from 1 April to 31 December 1940, and BE 2484 began on 1 January 1941.</source>
        <translation>BE 2483 had no January, February or March: it ran from 1 April to 31 December 1940, and BE 2484 began on 1 January 1941.</translation>
    </message>
    <message>
        <source>BE %1 is too early to be shown as a date.</source>
        <translation>BE %1 is too early to be shown as a date.</translation>
    </message>
    <message>
        <source>Day %1 does not exist in month %2 of BE %3: that month has %4 days.</source>
        <translation>Day %1 does not exist in month %2 of BE %3: that month has %4 days.</translation>
    </message>
</context>
<context>
    <name>saduak::CallAnnouncer</name>
    <message>
        <source>The call is %1 s old; calls older than %2 s are not read out.</source>
        <translation>The call is %1 s old; calls older than %2 s are not read out.</translation>
    </message>
</context>
<context>
    <name>saduak::CallPhrase</name>
    <message>
        <source>A ticket number is letters followed by digits, like A001; &quot;%1&quot; is not.</source>
        <translation>A ticket number is letters followed by digits, like A001; &quot;%1&quot; is not.</translation>
    </message>
    <message>
        <source>The ticket number &quot;%1&quot; has no digits.</source>
        <translation>The ticket number &quot;%1&quot; has no digits.</translation>
    </message>
    <message>
        <source>The ticket number &quot;%1&quot; is too long to call out: at most %2 letters and %3 digits.</source>
        <translation>The ticket number &quot;%1&quot; is too long to call out: at most %2 letters and %3 digits.</translation>
    </message>
    <message>
        <source>There is no counter %1: counters are numbered from 1 to %2.</source>
        <translation>There is no counter %1: counters are numbered from 1 to %2.</translation>
    </message>
</context>
<context>
    <name>saduak::CallProfileDialog</name>
    <message>
        <source>Call order — %1</source>
        <translation>Call order — %1</translation>
    </message>
    <message>
        <source>How %1 picks the next ticket when the officer presses Call next. Nobody waits past twice the service&apos;s target in either order.</source>
        <translation>How %1 picks the next ticket when the officer presses Call next. Nobody waits past twice the service&apos;s target in either order.</translation>
    </message>
    <message>
        <source>Priority first: appointments, then the elderly, then disabled or pregnant citizens, then everyone else</source>
        <translation>Priority first: appointments, then the elderly, then disabled or pregnant citizens, then everyone else</translation>
    </message>
    <message>
        <source>Take turns: one priority ticket after normal tickets</source>
        <translation>Take turns: one priority ticket after normal tickets</translation>
    </message>
    <message>
        <source>One priority ticket after every</source>
        <translation>One priority ticket after every</translation>
    </message>
    <message>
        <source>normal tickets</source>
        <translation>normal tickets</translation>
    </message>
    <message>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priority</translation>
    </message>
    <message>
        <source>Calls: %1, … (when one kind is not waiting, the other is called)</source>
        <translation>Calls: %1, … (when one kind is not waiting, the other is called)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>saduak::CentralDatabase</name>
    <message>
        <source>To restore: stop central, copy the latest backup (saduak-central backup FILE) to %1 and start central again. What the branches pushed after that backup is not at central any more and is not sent again; enrolments and reference data made since then must be made again.</source>
        <translation>To restore: stop central, copy the latest backup (saduak-central backup FILE) to %1 and start central again. What the branches pushed after that backup is not at central any more and is not sent again; enrolments and reference data made since then must be made again.</translation>
    </message>
</context>
<context>
    <name>saduak::ClipVoice</name>
    <message>
        <source>There are no words to say.</source>
        <translation>There are no words to say.</translation>
    </message>
    <message>
        <source>The voice clip &quot;%1&quot; is missing (%2).</source>
        <translation>The voice clip &quot;%1&quot; is missing (%2).</translation>
    </message>
    <message>
        <source>The voice clip &quot;%1&quot; cannot be read: %2 (%3).</source>
        <translation>The voice clip &quot;%1&quot; cannot be read: %2 (%3).</translation>
    </message>
    <message>
        <source>The voice clip &quot;%1&quot; is not usable: %2 (%3).</source>
        <translation>The voice clip &quot;%1&quot; is not usable: %2 (%3).</translation>
    </message>
    <message>
        <source>The voice clip &quot;%1&quot; is %2 but &quot;%3&quot; is %4; record every clip in one format (%5).</source>
        <translation>The voice clip &quot;%1&quot; is %2 but &quot;%3&quot; is %4; record every clip in one format (%5).</translation>
    </message>
    <message>
        <source>Voice clip %1 of the phrase is %2, the first is %3; record every clip in one format.</source>
        <translation>Voice clip %1 of the phrase is %2, the first is %3; record every clip in one format.</translation>
    </message>
</context>
<context>
    <name>saduak::CommandLine</name>
    <message>
        <source>Saduak: queue, counters and services of a one-stop Government Center.</source>
        <translation>Saduak: queue, counters and services of a one-stop Government Center.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Show this help.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>Branch database file (SQLite).</source>
        <translation>Branch database file (SQLite).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Settings file (INI).</source>
        <translation>Settings file (INI).</translation>
    </message>
    <message>
        <source>Folder of module plugins.</source>
        <translation>Folder of module plugins.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Language: th or en.</source>
        <translation>Language: th or en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Show the kiosk and display in a window, not full screen.</source>
        <translation>Show the kiosk and display in a window, not full screen.</translation>
    </message>
    <message>
        <source>Save the screen as a PNG image once shown, then quit.</source>
        <translation>Save the screen as a PNG image once shown, then quit.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use th or en.</source>
        <translation>Unknown language &quot;%1&quot;: use th or en.</translation>
    </message>
    <message>
        <source>Also serve the branch to other PCs on the LAN.</source>
        <translation>Also serve the branch to other PCs on the LAN.</translation>
    </message>
    <message>
        <source>LAN port for --serve (default 7420).</source>
        <translation>LAN port for --serve (default 7420).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Address to serve on (default: all).</source>
        <translation>Address to serve on (default: all).</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>This device&apos;s pairing token (saduak-hub pair-device).</source>
        <translation>This device&apos;s pairing token (saduak-hub pair-device).</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>The port must be a number from 0 to 65535.</source>
        <translation>The port must be a number from 0 to 65535.</translation>
    </message>
    <message>
        <source>Use either --serve (this PC is the hub) or --hub (join another), not both.</source>
        <translation>Use either --serve (this PC is the hub) or --hub (join another), not both.</translation>
    </message>
    <message>
        <source>The token file %1 cannot be read: %2</source>
        <translation>The token file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The token file %1 can be read by other users of this PC. Make it private (chmod 600 %1) and start again.</source>
        <translation>The token file %1 can be read by other users of this PC. Make it private (chmod 600 %1) and start again.</translation>
    </message>
    <message>
        <source>The token file %1 holds no token (its first line is empty).</source>
        <translation>The token file %1 holds no token (its first line is empty).</translation>
    </message>
    <message>
        <source>A file holding this device&apos;s pairing token, readable by its owner only (so that ps does not show the token).</source>
        <translation>A file holding this device&apos;s pairing token, readable by its owner only (so that ps does not show the token).</translation>
    </message>
    <message>
        <source>Give the token either with --token or with --token-file, not both.</source>
        <translation>Give the token either with --token or with --token-file, not both.</translation>
    </message>
    <message>
        <source>Join the hub at this address (ws://host:port or wss://host:port).</source>
        <translation>Join the hub at this address (ws://host:port or wss://host:port).</translation>
    </message>
    <message>
        <source>The pin of a wss:// hub&apos;s key, shown at pairing (hub/pinSha256).</source>
        <translation>The pin of a wss:// hub&apos;s key, shown at pairing (hub/pinSha256).</translation>
    </message>
    <message>
        <source>pin</source>
        <translation>pin</translation>
    </message>
    <message>
        <source>The hub address must look like wss://192.168.1.10:7420 (ws:// only for a hub on this PC).</source>
        <translation>The hub address must look like wss://192.168.1.10:7420 (ws:// only for a hub on this PC).</translation>
    </message>
    <message>
        <source>Screen to show: counter, kiosk, display or supervisor.</source>
        <translation>Screen to show: counter, kiosk, display or supervisor.</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;: use counter, kiosk, display or supervisor.</source>
        <translation>Unknown mode &quot;%1&quot;: use counter, kiosk, display or supervisor.</translation>
    </message>
</context>
<context>
    <name>saduak::CommandTable</name>
    <message>
        <source>The field &quot;%1&quot; is missing or has the wrong type.</source>
        <translation>The field &quot;%1&quot; is missing or has the wrong type.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A %1 may not do &quot;%2&quot;.</source>
        <translation>A %1 may not do &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Nobody is logged in at this PC. Log in first.</source>
        <translation>Nobody is logged in at this PC. Log in first.</translation>
    </message>
    <message>
        <source>A counter officer may not do &quot;%1&quot;.</source>
        <translation>A counter officer may not do &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A supervisor may not do &quot;%1&quot;.</source>
        <translation>A supervisor may not do &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>saduak::ComplaintCommands</name>
    <message>
        <source>complaint: the complaint&apos;s tracking number.</source>
        <translation>complaint: the complaint&apos;s tracking number.</translation>
    </message>
    <message>
        <source>complaint: what to do (register, forward, start, resolve, close, reject, outOfJurisdiction, markDuplicate, askInformation, escalate, resume, reopen).</source>
        <translation>complaint: what to do (register, forward, start, resolve, close, reject, outOfJurisdiction, markDuplicate, askInformation, escalate, resume, reopen).</translation>
    </message>
    <message>
        <source>complaint --action register: the category (a code of complaint-categories); complaints: only this category.</source>
        <translation>complaint --action register: the category (a code of complaint-categories); complaints: only this category.</translation>
    </message>
    <message>
        <source>complaint: the note; every branch shows it to the complainant, so no names or contact details in it.</source>
        <translation>complaint: the note; every branch shows it to the complainant, so no names or contact details in it.</translation>
    </message>
    <message>
        <source>complaint --action forward: the responsible agency.</source>
        <translation>complaint --action forward: the responsible agency.</translation>
    </message>
    <message>
        <source>complaint --action markDuplicate: the original&apos;s tracking number.</source>
        <translation>complaint --action markDuplicate: the original&apos;s tracking number.</translation>
    </message>
    <message>
        <source>complaint: who makes the change, kept in its history (default: the login name).</source>
        <translation>complaint: who makes the change, kept in its history (default: the login name).</translation>
    </message>
    <message>
        <source>complaints: only the overdue ones.</source>
        <translation>complaints: only the overdue ones.</translation>
    </message>
    <message>
        <source>complaints: only complaints in this state.</source>
        <translation>complaints: only complaints in this state.</translation>
    </message>
    <message>
        <source>complaint needs --tracking NUMBER and --action ACTION.</source>
        <translation>complaint needs --tracking NUMBER and --action ACTION.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action; one of: %2.</source>
        <translation>&quot;%1&quot; is not an action; one of: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state; one of: %2.</source>
        <translation>&quot;%1&quot; is not a state; one of: %2.</translation>
    </message>
    <message>
        <source>The complaints could not be read: %1</source>
        <translation>The complaints could not be read: %1</translation>
    </message>
</context>
<context>
    <name>saduak::ComplaintStore</name>
    <message>
        <source>Central could not store the change; nothing was changed. Try again later.</source>
        <translation>Central could not store the change; nothing was changed. Try again later.</translation>
    </message>
    <message>
        <source>Central has no complaint %1.</source>
        <translation>Central has no complaint %1.</translation>
    </message>
    <message>
        <source>There is no complaint category &quot;%1&quot; (complaint-categories).</source>
        <translation>There is no complaint category &quot;%1&quot; (complaint-categories).</translation>
    </message>
    <message>
        <source>Central has no complaint %1 to be the original.</source>
        <translation>Central has no complaint %1 to be the original.</translation>
    </message>
    <message>
        <source>Someone else changed complaint %1 meanwhile; read it again and decide.</source>
        <translation>Someone else changed complaint %1 meanwhile; read it again and decide.</translation>
    </message>
</context>
<context>
    <name>saduak::ConnectingWindow</name>
    <message>
        <source>Saduak</source>
        <translation>Saduak</translation>
    </message>
    <message>
        <source>Connecting to the branch hub at %1 …</source>
        <translation>Connecting to the branch hub at %1 …</translation>
    </message>
    <message>
        <source>This PC cannot join the hub at %1: %2</source>
        <translation>This PC cannot join the hub at %1: %2</translation>
    </message>
</context>
<context>
    <name>saduak::CounterFiguresModel</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Paused: break</source>
        <translation>Paused: break</translation>
    </message>
    <message>
        <source>Paused: system down</source>
        <translation>Paused: system down</translation>
    </message>
    <message>
        <source>Paused: other work</source>
        <translation>Paused: other work</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>Served today</translation>
    </message>
</context>
<context>
    <name>saduak::CounterServicesDialog</name>
    <message>
        <source>Counter services</source>
        <translation>Counter services</translation>
    </message>
    <message>
        <source>Counter:</source>
        <translation>Counter:</translation>
    </message>
    <message>
        <source>Services it may serve (it opens with them when nobody chooses others):</source>
        <translation>Services it may serve (it opens with them when nobody chooses others):</translation>
    </message>
    <message>
        <source>Call order…</source>
        <translation>Call order…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Call order: one priority ticket after every %1 normal ones.</source>
        <translation>Call order: one priority ticket after every %1 normal ones.</translation>
    </message>
    <message>
        <source>Call order: priority tickets first.</source>
        <translation>Call order: priority tickets first.</translation>
    </message>
    <message>
        <source>The branch has no counters.</source>
        <translation>The branch has no counters.</translation>
    </message>
    <message>
        <source>Tick one service at least: a counter with none could never call.</source>
        <translation>Tick one service at least: a counter with none could never call.</translation>
    </message>
</context>
<context>
    <name>saduak::CounterWindow</name>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Saduak</source>
        <translation>&amp;About Saduak</translation>
    </message>
    <message>
        <source>This PC is</source>
        <translation>This PC is</translation>
    </message>
    <message>
        <source>No ticket is being served at this counter.</source>
        <translation>No ticket is being served at this counter.</translation>
    </message>
    <message>
        <source>Services at this counter</source>
        <translation>Services at this counter</translation>
    </message>
    <message>
        <source>Modules: %1 running, %2 refused</source>
        <translation>Modules: %1 running, %2 refused</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Paused: break</source>
        <translation>Paused: break</translation>
    </message>
    <message>
        <source>Paused: system down</source>
        <translation>Paused: system down</translation>
    </message>
    <message>
        <source>Paused: other work</source>
        <translation>Paused: other work</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>Elderly</translation>
    </message>
    <message>
        <source>Disabled or pregnant</source>
        <translation>Disabled or pregnant</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Called, waiting for the citizen to come</source>
        <translation>Called, waiting for the citizen to come</translation>
    </message>
    <message>
        <source>Being served</source>
        <translation>Being served</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priority: %1</translation>
    </message>
    <message>
        <source>Called at %1</source>
        <translation>Called at %1</translation>
    </message>
    <message numerus="yes">
        <source>Recalled %n time(s)</source>
        <translation>
            <numerusform>Recalled %n time</numerusform>
            <numerusform>Recalled %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1  %2: %n waiting</source>
        <translation>
            <numerusform>%1  %2: %n waiting</numerusform>
            <numerusform>%1  %2: %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Target wait %n min</source>
        <translation>
            <numerusform>Target wait %n min</numerusform>
            <numerusform>Target wait %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting in total for this counter</source>
        <translation>
            <numerusform>%n waiting in total for this counter</numerusform>
            <numerusform>%n waiting in total for this counter</numerusform>
        </translation>
    </message>
    <message>
        <source>Open counter</source>
        <translation>Open counter</translation>
    </message>
    <message>
        <source>Open this counter for the ticked services</source>
        <translation>Open this counter for the ticked services</translation>
    </message>
    <message>
        <source>Pause…</source>
        <translation>Pause…</translation>
    </message>
    <message>
        <source>Pause this counter, with a reason</source>
        <translation>Pause this counter, with a reason</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Open the counter again after a pause</source>
        <translation>Open the counter again after a pause</translation>
    </message>
    <message>
        <source>Close counter</source>
        <translation>Close counter</translation>
    </message>
    <message>
        <source>Close this counter</source>
        <translation>Close this counter</translation>
    </message>
    <message>
        <source>Call next ticket</source>
        <translation>Call next ticket</translation>
    </message>
    <message>
        <source>Call the next waiting ticket</source>
        <translation>Call the next waiting ticket</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>Call the same ticket again</source>
        <translation>Call the same ticket again</translation>
    </message>
    <message>
        <source>Start service</source>
        <translation>Start service</translation>
    </message>
    <message>
        <source>The citizen has come: start serving</source>
        <translation>The citizen has come: start serving</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>The service is finished</source>
        <translation>The service is finished</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <source>The citizen did not come</source>
        <translation>The citizen did not come</translation>
    </message>
    <message>
        <source>Park</source>
        <translation>Park</translation>
    </message>
    <message>
        <source>Set the ticket aside while the citizen fetches something</source>
        <translation>Set the ticket aside while the citizen fetches something</translation>
    </message>
    <message>
        <source>Transfer to…</source>
        <translation>Transfer to…</translation>
    </message>
    <message>
        <source>Send the ticket on to another service</source>
        <translation>Send the ticket on to another service</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>System down</source>
        <translation>System down</translation>
    </message>
    <message>
        <source>Other work</source>
        <translation>Other work</translation>
    </message>
    <message>
        <source>Transfer to</source>
        <translation>Transfer to</translation>
    </message>
    <message>
        <source>&amp;Counter</source>
        <translation>&amp;Counter</translation>
    </message>
    <message>
        <source>Ticket at this counter</source>
        <translation>Ticket at this counter</translation>
    </message>
    <message>
        <source>Call order…</source>
        <translation>Call order…</translation>
    </message>
    <message>
        <source>Priority first, or one priority ticket after every few normal ones</source>
        <translation>Priority first, or one priority ticket after every few normal ones</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <source>Sending to central now.</source>
        <translation>Sending to central now.</translation>
    </message>
    <message>
        <source>This branch sends nothing to central.</source>
        <translation>This branch sends nothing to central.</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>Send the waiting rows to central now, without waiting for the next try</source>
        <translation>Send the waiting rows to central now, without waiting for the next try</translation>
    </message>
    <message>
        <source>Switch officer</source>
        <translation>Switch officer</translation>
    </message>
    <message>
        <source>Another officer logs in at this PC; the counter stays open</source>
        <translation>Another officer logs in at this PC; the counter stays open</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Log out of this PC; the next officer logs in</source>
        <translation>Log out of this PC; the next officer logs in</translation>
    </message>
    <message>
        <source>This PC works at counter %1. You may move it to another counter.</source>
        <translation>This PC works at counter %1. You may move it to another counter.</translation>
    </message>
    <message>
        <source>This PC works at counter %1; a supervisor moves it to another counter.</source>
        <translation>This PC works at counter %1; a supervisor moves it to another counter.</translation>
    </message>
</context>
<context>
    <name>saduak::CupsPrinter</name>
    <message>
        <source>The print system did not take the ticket in time.</source>
        <translation>The print system did not take the ticket in time.</translation>
    </message>
    <message>
        <source>The print system is not installed on this computer (the lp command of CUPS is missing).</source>
        <translation>The print system is not installed on this computer (the lp command of CUPS is missing).</translation>
    </message>
    <message>
        <source>The print system did not accept the ticket. Check the printer queue &quot;%1&quot;.</source>
        <translation>The print system did not accept the ticket. Check the printer queue &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>saduak::Database</name>
    <message>
        <source>Saduak could not open its database file %1. Check that the disk is connected and the file is not damaged; if this happens again, contact technical support.</source>
        <translation>Saduak could not open its database file %1. Check that the disk is connected and the file is not damaged; if this happens again, contact technical support.</translation>
    </message>
    <message>
        <source>Saduak could not upgrade its database: its list of changes is damaged. The data was not changed; please contact technical support.</source>
        <translation>Saduak could not upgrade its database: its list of changes is damaged. The data was not changed; please contact technical support.</translation>
    </message>
    <message>
        <source>Saduak could not open its database file %1 for reading: it needs an upgrade first. Start Saduak normally once on this PC.</source>
        <translation>Saduak could not open its database file %1 for reading: it needs an upgrade first. Start Saduak normally once on this PC.</translation>
    </message>
    <message>
        <source>Saduak could not open its database file %1. It may be damaged or not a Saduak database; please contact technical support.</source>
        <translation>Saduak could not open its database file %1. It may be damaged or not a Saduak database; please contact technical support.</translation>
    </message>
    <message>
        <source>Saduak could not read its database. Please try again; if this happens again, contact technical support.</source>
        <translation>Saduak could not read its database. Please try again; if this happens again, contact technical support.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of Saduak (%1 schema %2; this program knows up to %3). Update Saduak on this PC; the data was not changed.</source>
        <translation>This database was written by a newer version of Saduak (%1 schema %2; this program knows up to %3). Update Saduak on this PC; the data was not changed.</translation>
    </message>
    <message>
        <source>Saduak could not upgrade its database (change %1). That change was undone and the data is safe; please contact technical support.</source>
        <translation>Saduak could not upgrade its database (change %1). That change was undone and the data is safe; please contact technical support.</translation>
    </message>
    <message>
        <source>Saduak could not upgrade its database because another program kept it busy. Close other Saduak windows on this PC and start again.</source>
        <translation>Saduak could not upgrade its database because another program kept it busy. Close other Saduak windows on this PC and start again.</translation>
    </message>
    <message>
        <source>Saduak could not connect to its database server (%1). Check that PostgreSQL is running there, that this computer may connect to it, and the user name and password; if this happens again, contact technical support.</source>
        <translation>Saduak could not connect to its database server (%1). Check that PostgreSQL is running there, that this computer may connect to it, and the user name and password; if this happens again, contact technical support.</translation>
    </message>
    <message>
        <source>The database address is not valid. Write it as postgresql://user@host:port/database.</source>
        <translation>The database address is not valid. Write it as postgresql://user@host:port/database.</translation>
    </message>
    <message>
        <source>Saduak cannot use a PostgreSQL database on this computer: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</source>
        <translation>Saduak cannot use a PostgreSQL database on this computer: Qt&apos;s PostgreSQL driver is not installed (Debian package libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Saduak could not open its database %1 for reading: it needs an upgrade first. Start Saduak normally once with this database.</source>
        <translation>Saduak could not open its database %1 for reading: it needs an upgrade first. Start Saduak normally once with this database.</translation>
    </message>
    <message>
        <source>The database file %1 is damaged: %2. Saduak does not start on a damaged file, so nothing more is lost. Keep the file for technical support and restore the latest backup (README, &quot;Backup, check and restore&quot;).</source>
        <translation>The database file %1 is damaged: %2. Saduak does not start on a damaged file, so nothing more is lost. Keep the file for technical support and restore the latest backup (README, &quot;Backup, check and restore&quot;).</translation>
    </message>
</context>
<context>
    <name>saduak::DatabaseBackup</name>
    <message>
        <source>There is no database file %1 to back up.</source>
        <translation>There is no database file %1 to back up.</translation>
    </message>
    <message>
        <source>%1 exists already; a backup never overwrites a file. Give a new name.</source>
        <translation>%1 exists already; a backup never overwrites a file. Give a new name.</translation>
    </message>
    <message>
        <source>The folder %1 for the backup does not exist.</source>
        <translation>The folder %1 for the backup does not exist.</translation>
    </message>
    <message>
        <source>The backup file %1 could not be made.</source>
        <translation>The backup file %1 could not be made.</translation>
    </message>
    <message>
        <source>%1 could not be copied (SQLite: %2). Check it with the check command.</source>
        <translation>%1 could not be copied (SQLite: %2). Check it with the check command.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written to the disk.</source>
        <translation>The backup %1 could not be written to the disk.</translation>
    </message>
    <message>
        <source>The copy of %1 is not whole (%2); it was not kept.</source>
        <translation>The copy of %1 is not whole (%2); it was not kept.</translation>
    </message>
    <message>
        <source>The backup could not be given its name %1.</source>
        <translation>The backup could not be given its name %1.</translation>
    </message>
</context>
<context>
    <name>saduak::DeadLetterCommands</name>
    <message>
        <source>The branch hub could not read the rows central refused. Please try again.</source>
        <translation>The branch hub could not read the rows central refused. Please try again.</translation>
    </message>
</context>
<context>
    <name>saduak::DeadLetterModel</name>
    <message>
        <source>Refused at</source>
        <translation>Refused at</translation>
    </message>
    <message>
        <source>Written at</source>
        <translation>Written at</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP status</translation>
    </message>
    <message>
        <source>Central&apos;s reason</source>
        <translation>Central&apos;s reason</translation>
    </message>
    <message>
        <source>Outbox no.</source>
        <translation>Outbox no.</translation>
    </message>
</context>
<context>
    <name>saduak::DeadLettersPanel</name>
    <message>
        <source>Rows central refused for good. They stay in the hub and are not sent again; the rows after them go on as usual. Copy the selected rows for support: what and why, never the content.</source>
        <translation>Rows central refused for good. They stay in the hub and are not sent again; the rows after them go on as usual. Copy the selected rows for support: what and why, never the content.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>This branch&apos;s hub does not send to central (none is configured).</source>
        <translation>This branch&apos;s hub does not send to central (none is configured).</translation>
    </message>
    <message>
        <source> · none refused by central</source>
        <translation> · none refused by central</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Last error: %1</translation>
    </message>
    <message>
        <source>The latest %1 of %2 are listed.</source>
        <translation>The latest %1 of %2 are listed.</translation>
    </message>
</context>
<context>
    <name>saduak::DeskAccounts</name>
    <message>
        <source>A user name is 1 to 64 small letters, digits, dots, dashes or underscores.</source>
        <translation>A user name is 1 to 64 small letters, digits, dots, dashes or underscores.</translation>
    </message>
    <message>
        <source>The officer needs a name.</source>
        <translation>The officer needs a name.</translation>
    </message>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>The password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>There is an officer &quot;%1&quot; already.</source>
        <translation>There is an officer &quot;%1&quot; already.</translation>
    </message>
</context>
<context>
    <name>saduak::DeskCommands</name>
    <message>
        <source>add-officer, remove-officer: the officer&apos;s user name (small letters, digits, . _ -).</source>
        <translation>add-officer, remove-officer: the officer&apos;s user name (small letters, digits, . _ -).</translation>
    </message>
    <message>
        <source>%1 needs --user NAME.</source>
        <translation>%1 needs --user NAME.</translation>
    </message>
    <message>
        <source>Officer %1 removed; their sessions ended. The history keeps their user name.</source>
        <translation>Officer %1 removed; their sessions ended. The history keeps their user name.</translation>
    </message>
    <message>
        <source>There is no officer &quot;%1&quot;.</source>
        <translation>There is no officer &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>add-officer needs --name &quot;the officer&apos;s name&quot; (and may take --agency).</source>
        <translation>add-officer needs --name &quot;the officer&apos;s name&quot; (and may take --agency).</translation>
    </message>
    <message>
        <source>Officer %1 added: they log in at /desk/ of this central.</source>
        <translation>Officer %1 added: they log in at /desk/ of this central.</translation>
    </message>
    <message>
        <source>The officer was not added: %1</source>
        <translation>The officer was not added: %1</translation>
    </message>
</context>
<context>
    <name>saduak::DeskView</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <source>Too many failed log-ins: this user is locked out until %1. Ask the administrator if you forgot the password.</source>
        <translation>Too many failed log-ins: this user is locked out until %1. Ask the administrator if you forgot the password.</translation>
    </message>
    <message>
        <source>Central cannot reach its database. Try again later.</source>
        <translation>Central cannot reach its database. Try again later.</translation>
    </message>
    <message>
        <source>No such complaint</source>
        <translation>No such complaint</translation>
    </message>
    <message>
        <source>There is no complaint with this tracking number.</source>
        <translation>There is no complaint with this tracking number.</translation>
    </message>
    <message>
        <source>There is no such action.</source>
        <translation>There is no such action.</translation>
    </message>
    <message>
        <source>Someone else changed this complaint meanwhile. Nothing was changed: look at it again and choose again.</source>
        <translation>Someone else changed this complaint meanwhile. Nothing was changed: look at it again and choose again.</translation>
    </message>
    <message>
        <source>Try again later</source>
        <translation>Try again later</translation>
    </message>
    <message>
        <source>Central cannot reach its database. Nothing was changed.</source>
        <translation>Central cannot reach its database. Nothing was changed.</translation>
    </message>
    <message>
        <source>Form refused</source>
        <translation>Form refused</translation>
    </message>
    <message>
        <source>This form did not come from a page of this session. Nothing was changed: open the page again.</source>
        <translation>This form did not come from a page of this session. Nothing was changed: open the page again.</translation>
    </message>
    <message>
        <source>Saduak complaint desk</source>
        <translation>Saduak complaint desk</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>Back to the list</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>No complaint matches.</source>
        <translation>No complaint matches.</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Responsible agency</source>
        <translation>Responsible agency</translation>
    </message>
    <message>
        <source>Tracking number of the original</source>
        <translation>Tracking number of the original</translation>
    </message>
    <message>
        <source>Note (needed; every branch shows it to the complainant: no names or contact details)</source>
        <translation>Note (needed; every branch shows it to the complainant: no names or contact details)</translation>
    </message>
    <message>
        <source>Note (every branch shows it to the complainant: no names or contact details)</source>
        <translation>Note (every branch shows it to the complainant: no names or contact details)</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>Complaint %1</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Area</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Duplicate of</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Not given (anonymous)</source>
        <translation>Not given (anonymous)</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>Citizen ID</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Location</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Filed at the branch</source>
        <translation>Filed at the branch</translation>
    </message>
    <message>
        <source>Change the state</source>
        <translation>Change the state</translation>
    </message>
    <message>
        <source>No action is possible in this state.</source>
        <translation>No action is possible in this state.</translation>
    </message>
    <message>
        <source>This log-in form has expired or did not come from the desk. Please log in again.</source>
        <translation>This log-in form has expired or did not come from the desk. Please log in again.</translation>
    </message>
    <message>
        <source>No such file</source>
        <translation>No such file</translation>
    </message>
    <message>
        <source>This complaint has no such attachment, or it has not arrived at central yet.</source>
        <translation>This complaint has no such attachment, or it has not arrived at central yet.</translation>
    </message>
    <message>
        <source>File damaged</source>
        <translation>File damaged</translation>
    </message>
    <message>
        <source>This file did not arrive at central as the branch sent it, so it is not shown. Please report it to central&apos;s administrator.</source>
        <translation>This file did not arrive at central as the branch sent it, so it is not shown. Please report it to central&apos;s administrator.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <source>JPEG photo</source>
        <translation>JPEG photo</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>not arrived yet: the branch is still sending it</source>
        <translation>not arrived yet: the branch is still sending it</translation>
    </message>
    <message>
        <source>Area e-report</source>
        <translation>Area e-report</translation>
    </message>
</context>
<context>
    <name>saduak::DeviceCommands</name>
    <message>
        <source>The branch hub could not read or save its devices. Please try again.</source>
        <translation>The branch hub could not read or save its devices. Please try again.</translation>
    </message>
    <message>
        <source>There is no paired device with the id %1, or its pairing was revoked.</source>
        <translation>There is no paired device with the id %1, or its pairing was revoked.</translation>
    </message>
    <message>
        <source>The device needs a name.</source>
        <translation>The device needs a name.</translation>
    </message>
    <message>
        <source>Only a counter PC is bound to a counter; this device is not one.</source>
        <translation>Only a counter PC is bound to a counter; this device is not one.</translation>
    </message>
    <message>
        <source>You cannot revoke the PC you are working at. Revoke it from another supervisor&apos;s PC, or with saduak-hub revoke-device.</source>
        <translation>You cannot revoke the PC you are working at. Revoke it from another supervisor&apos;s PC, or with saduak-hub revoke-device.</translation>
    </message>
    <message>
        <source>The branch has no counter %1. Choose one of the branch&apos;s counters.</source>
        <translation>The branch has no counter %1. Choose one of the branch&apos;s counters.</translation>
    </message>
</context>
<context>
    <name>saduak::DeviceListModel</name>
    <message>
        <source>Revoked %1</source>
        <translation>Revoked %1</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connected</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
</context>
<context>
    <name>saduak::DevicePrinter</name>
    <message>
        <source>The ticket printer stopped taking data. Check the paper and the printer cover.</source>
        <translation>The ticket printer stopped taking data. Check the paper and the printer cover.</translation>
    </message>
    <message>
        <source>The ticket printer is not connected. Check its cable and that it is switched on.</source>
        <translation>The ticket printer is not connected. Check its cable and that it is switched on.</translation>
    </message>
    <message>
        <source>This computer&apos;s user may not use the ticket printer. Ask the administrator to give it access to the printer (group lp).</source>
        <translation>This computer&apos;s user may not use the ticket printer. Ask the administrator to give it access to the printer (group lp).</translation>
    </message>
    <message>
        <source>The ticket could not be sent to the printer.</source>
        <translation>The ticket could not be sent to the printer.</translation>
    </message>
</context>
<context>
    <name>saduak::DeviceRole</name>
    <message>
        <source>Counter PC</source>
        <translation>Counter PC</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Display board</source>
        <translation>Display board</translation>
    </message>
    <message>
        <source>Supervisor&apos;s PC</source>
        <translation>Supervisor&apos;s PC</translation>
    </message>
</context>
<context>
    <name>saduak::DeviceStore</name>
    <message>
        <source>A counter PC is paired with the number of its counter (--counter N).</source>
        <translation>A counter PC is paired with the number of its counter (--counter N).</translation>
    </message>
    <message>
        <source>Only a counter PC is paired with a counter number.</source>
        <translation>Only a counter PC is paired with a counter number.</translation>
    </message>
    <message>
        <source>The device needs a name.</source>
        <translation>The device needs a name.</translation>
    </message>
    <message>
        <source>There is no paired device with the id %1 (or it is revoked already).</source>
        <translation>There is no paired device with the id %1 (or it is revoked already).</translation>
    </message>
    <message>
        <source>There is no paired device with the id %1 (or it is revoked).</source>
        <translation>There is no paired device with the id %1 (or it is revoked).</translation>
    </message>
    <message>
        <source>There is no counter PC with the id %1 (or it is revoked).</source>
        <translation>There is no counter PC with the id %1 (or it is revoked).</translation>
    </message>
</context>
<context>
    <name>saduak::DeviceWorkplace</name>
    <message>
        <source>This counter PC was paired without a counter number. Ask the branch&apos;s administrator to pair it again with its counter (saduak-hub pair-device --counter).</source>
        <translation>This counter PC was paired without a counter number. Ask the branch&apos;s administrator to pair it again with its counter (saduak-hub pair-device --counter).</translation>
    </message>
    <message>
        <source>This PC is paired as counter %1 and may act for that counter only.</source>
        <translation>This PC is paired as counter %1 and may act for that counter only.</translation>
    </message>
    <message>
        <source>A kiosk or a display board does not act for a counter.</source>
        <translation>A kiosk or a display board does not act for a counter.</translation>
    </message>
    <message>
        <source>A counter officer acts only at their own counter&apos;s PC. Log in there, or ask a supervisor.</source>
        <translation>A counter officer acts only at their own counter&apos;s PC. Log in there, or ask a supervisor.</translation>
    </message>
</context>
<context>
    <name>saduak::DevicesPanel</name>
    <message>
        <source>Every device paired with this branch&apos;s hub. Pair a new one on the hub machine (saduak-hub pair-device).</source>
        <translation>Every device paired with this branch&apos;s hub. Pair a new one on the hub machine (saduak-hub pair-device).</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Re-bind counter…</source>
        <translation>Re-bind counter…</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <source>Rename device</source>
        <translation>Rename device</translation>
    </message>
    <message>
        <source>New name for %1 (%2):</source>
        <translation>New name for %1 (%2):</translation>
    </message>
    <message>
        <source>Re-bind counter</source>
        <translation>Re-bind counter</translation>
    </message>
    <message>
        <source>%1 works at counter %2. Counter it moves to (it reconnects, and the person logged in there stays):</source>
        <translation>%1 works at counter %2. Counter it moves to (it reconnects, and the person logged in there stays):</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>Revoke device</translation>
    </message>
    <message>
        <source>Revoke %1 (%2)? It is cut off from the hub at once and cannot connect again until it is paired anew on the hub machine.</source>
        <translation>Revoke %1 (%2)? It is cut off from the hub at once and cannot connect again until it is paired anew on the hub machine.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>%1 is revoked: it is cut off from the hub.</source>
        <translation>%1 is revoked: it is cut off from the hub.</translation>
    </message>
    <message>
        <source>%1 is changed.</source>
        <translation>%1 is changed.</translation>
    </message>
    <message>
        <source>The branch&apos;s counters could not be read. Please try again.</source>
        <translation>The branch&apos;s counters could not be read. Please try again.</translation>
    </message>
</context>
<context>
    <name>saduak::DisplayWindow</name>
    <message>
        <source>Display board</source>
        <translation>Display board</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Please wait for your number to be called.</source>
        <translation>Please wait for your number to be called.</translation>
    </message>
    <message>
        <source>This board is not connected: %1. Please tell a staff member.</source>
        <translation>This board is not connected: %1. Please tell a staff member.</translation>
    </message>
    <message>
        <source>Reconnecting to the queue system… The calls below may not be the latest.</source>
        <translation>Reconnecting to the queue system… The calls below may not be the latest.</translation>
    </message>
</context>
<context>
    <name>saduak::DurationText</name>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 min</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>saduak::EReportCommands</name>
    <message>
        <source>An e-report covers from 1 to %3 days, from a day to the same or a later day; %1 to %2 is not such a period.</source>
        <translation>An e-report covers from 1 to %3 days, from a day to the same or a later day; %1 to %2 is not such a period.</translation>
    </message>
    <message>
        <source>The branch hub could not read its events for the e-report. Please try again.</source>
        <translation>The branch hub could not read its events for the e-report. Please try again.</translation>
    </message>
</context>
<context>
    <name>saduak::EReportCsv</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>Center</source>
        <translation>Center</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Transfers out</source>
        <translation>Transfers out</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Wait p50 (min)</source>
        <translation>Wait p50 (min)</translation>
    </message>
    <message>
        <source>Wait p90 (min)</source>
        <translation>Wait p90 (min)</translation>
    </message>
    <message>
        <source>Service time p50 (min)</source>
        <translation>Service time p50 (min)</translation>
    </message>
    <message>
        <source>Service time p90 (min)</source>
        <translation>Service time p90 (min)</translation>
    </message>
    <message>
        <source>Called within target (%)</source>
        <translation>Called within target (%)</translation>
    </message>
</context>
<context>
    <name>saduak::EReportPdf</name>
    <message>
        <source>Daily service report, %1</source>
        <translation>Daily service report, %1</translation>
    </message>
    <message>
        <source>Monthly service report, %1</source>
        <translation>Monthly service report, %1</translation>
    </message>
    <message>
        <source>Service report, %1 to %2</source>
        <translation>Service report, %1 to %2</translation>
    </message>
    <message>
        <source>By counter</source>
        <translation>By counter</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Counter</translation>
    </message>
    <message>
        <source>By officer</source>
        <translation>By officer</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <source>By hour of the day</source>
        <translation>By hour of the day</translation>
    </message>
    <message>
        <source>Hour</source>
        <translation>Hour</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Issued %1</translation>
    </message>
    <message>
        <source>Served %1</source>
        <translation>Served %1</translation>
    </message>
    <message>
        <source>No-shows %1</source>
        <translation>No-shows %1</translation>
    </message>
    <message>
        <source>Called within target %1</source>
        <translation>Called within target %1</translation>
    </message>
    <message>
        <source>Times in minutes. p50: half of the waits (or services) were at most this long; p90: nine in ten were. Within target: called within the service&apos;s target wait.</source>
        <translation>Times in minutes. p50: half of the waits (or services) were at most this long; p90: nine in ten were. Within target: called within the service&apos;s target wait.</translation>
    </message>
    <message>
        <source>Served per hour</source>
        <translation>Served per hour</translation>
    </message>
    <message>
        <source>Wait per service (minutes)</source>
        <translation>Wait per service (minutes)</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>Called</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Transfers out</source>
        <translation>Transfers out</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Wait p50</source>
        <translation>Wait p50</translation>
    </message>
    <message>
        <source>Wait p90</source>
        <translation>Wait p90</translation>
    </message>
    <message>
        <source>Service p50</source>
        <translation>Service p50</translation>
    </message>
    <message>
        <source>Service p90</source>
        <translation>Service p90</translation>
    </message>
    <message>
        <source>Within target (%)</source>
        <translation>Within target (%)</translation>
    </message>
    <message>
        <source>Nothing in this period.</source>
        <translation>Nothing in this period.</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>By service</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>The e-report&apos;s charts can be drawn only by a program with a screen (a QApplication; the offscreen platform will do), in its main thread.</source>
        <translation>The e-report&apos;s charts can be drawn only by a program with a screen (a QApplication; the offscreen platform will do), in its main thread.</translation>
    </message>
    <message>
        <source>The e-report has no valid period.</source>
        <translation>The e-report has no valid period.</translation>
    </message>
    <message>
        <source>Cannot write the PDF file %1: %2</source>
        <translation>Cannot write the PDF file %1: %2</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>the PDF could not be started</translation>
    </message>
</context>
<context>
    <name>saduak::ExportReportDialog</name>
    <message>
        <source>Export report</source>
        <translation>Export report</translation>
    </message>
    <message>
        <source>A day</source>
        <translation>A day</translation>
    </message>
    <message>
        <source>Today so far (%1)</source>
        <translation>Today so far (%1)</translation>
    </message>
    <message>
        <source>A month</source>
        <translation>A month</translation>
    </message>
    <message>
        <source>This month so far (%1)</source>
        <translation>This month so far (%1)</translation>
    </message>
    <message>
        <source>CSV (spreadsheet)</source>
        <translation>CSV (spreadsheet)</translation>
    </message>
    <message>
        <source>PDF (to print)</source>
        <translation>PDF (to print)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>saduak::FirstAdminDialog</name>
    <message>
        <source>Create the branch&apos;s first administrator</source>
        <translation>Create the branch&apos;s first administrator</translation>
    </message>
    <message>
        <source>Nobody can log in at this branch yet. Create the account of its first administrator, who then logs in here. More staff accounts are added with saduak-hub add-staff.</source>
        <translation>Nobody can log in at this branch yet. Create the account of its first administrator, who then logs in here. More staff accounts are added with saduak-hub add-staff.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Password (at least 10 characters)</source>
        <translation>Password (at least 10 characters)</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Password again</translation>
    </message>
    <message>
        <source>Create administrator</source>
        <translation>Create administrator</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>The two passwords differ. Type the same password twice.</translation>
    </message>
</context>
<context>
    <name>saduak::HolidayDialog</name>
    <message>
        <source>Add a holiday</source>
        <translation>Add a holiday</translation>
    </message>
    <message>
        <source>On a holiday the kiosk issues no tickets for any service; staff at a counter still may.</source>
        <translation>On a holiday the kiosk issues no tickets for any service; staff at a counter still may.</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>as citizens will read it, e.g. วันรัฐธรรมนูญ</source>
        <translation>as citizens will read it, e.g. วันรัฐธรรมนูญ</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 is already a holiday: %2.</source>
        <translation>%1 is already a holiday: %2.</translation>
    </message>
    <message>
        <source>Give the holiday a name.</source>
        <translation>Give the holiday a name.</translation>
    </message>
</context>
<context>
    <name>saduak::HostModulePrinting</name>
    <message>
        <source>The receipt was not printed: this PC has no receipt printer. Set &quot;printing/receiptPrinter&quot; (or the kiosk&apos;s &quot;kiosk/printer&quot;) in the settings file, for example to socket://192.168.1.50:9100 or pdf:/path/to/folder.</source>
        <translation>The receipt was not printed: this PC has no receipt printer. Set &quot;printing/receiptPrinter&quot; (or the kiosk&apos;s &quot;kiosk/printer&quot;) in the settings file, for example to socket://192.168.1.50:9100 or pdf:/path/to/folder.</translation>
    </message>
    <message>
        <source>The receipt was not printed: the setting &quot;printing/receiptPrinter&quot; is wrong. %1</source>
        <translation>The receipt was not printed: the setting &quot;printing/receiptPrinter&quot; is wrong. %1</translation>
    </message>
    <message>
        <source>The form was not printed: this PC has no form printer. Set &quot;printing/formPrinter&quot; in the settings file to pdf:/path/to/folder or pdf+cups:QUEUE.</source>
        <translation>The form was not printed: this PC has no form printer. Set &quot;printing/formPrinter&quot; in the settings file to pdf:/path/to/folder or pdf+cups:QUEUE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a ticket printer; forms are A4 PDF documents: use pdf:/path/to/folder or pdf+cups:QUEUE.</source>
        <translation>&quot;%1&quot; is a ticket printer; forms are A4 PDF documents: use pdf:/path/to/folder or pdf+cups:QUEUE.</translation>
    </message>
    <message>
        <source>The form was not printed: the setting &quot;printing/formPrinter&quot; is wrong. %1</source>
        <translation>The form was not printed: the setting &quot;printing/formPrinter&quot; is wrong. %1</translation>
    </message>
    <message>
        <source>The receipt was not printed: %1</source>
        <translation>The receipt was not printed: %1</translation>
    </message>
    <message>
        <source>The form was not printed: %1</source>
        <translation>The form was not printed: %1</translation>
    </message>
</context>
<context>
    <name>saduak::HourlyChart</name>
    <message>
        <source>Today per hour</source>
        <translation>Today per hour</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
</context>
<context>
    <name>saduak::HubClient</name>
    <message>
        <source>The hub&apos;s address is wss:// but this device has no pin of the hub&apos;s key. Enter the pin shown at pairing (hub/pinSha256, or --hub-pin) and start again.</source>
        <translation>The hub&apos;s address is wss:// but this device has no pin of the hub&apos;s key. Enter the pin shown at pairing (hub/pinSha256, or --hub-pin) and start again.</translation>
    </message>
    <message>
        <source>The hub&apos;s key is not the one this device was paired with (hub/pinSha256). Nothing was sent to it. Check the hub&apos;s address; if the hub has a new certificate, enter its new pin.</source>
        <translation>The hub&apos;s key is not the one this device was paired with (hub/pinSha256). Nothing was sent to it. Check the hub&apos;s address; if the hub has a new certificate, enter its new pin.</translation>
    </message>
    <message>
        <source>The hub&apos;s address is ws://, which sends this device&apos;s token across the LAN in clear. Use wss://%1:%2 with the pin shown at pairing (hub/url and hub/pinSha256, or --hub and --hub-pin).</source>
        <translation>The hub&apos;s address is ws://, which sends this device&apos;s token across the LAN in clear. Use wss://%1:%2 with the pin shown at pairing (hub/url and hub/pinSha256, or --hub and --hub-pin).</translation>
    </message>
</context>
<context>
    <name>saduak::HubModules</name>
    <message>
        <source>The branch hub could not save this, so nothing was changed. Please try again.</source>
        <translation>The branch hub could not save this, so nothing was changed. Please try again.</translation>
    </message>
    <message>
        <source>This request id was used before for another request (%1); nothing was done. Send the request with a new id.</source>
        <translation>This request id was used before for another request (%1); nothing was done. Send the request with a new id.</translation>
    </message>
</context>
<context>
    <name>saduak::HubServer</name>
    <message>
        <source>The hub cannot listen on port %1: %2</source>
        <translation>The hub cannot listen on port %1: %2</translation>
    </message>
    <message>
        <source>Messages are JSON text, not binary.</source>
        <translation>Messages are JSON text, not binary.</translation>
    </message>
    <message>
        <source>The message is too large.</source>
        <translation>The message is too large.</translation>
    </message>
    <message>
        <source>The message is not a JSON object.</source>
        <translation>The message is not a JSON object.</translation>
    </message>
    <message>
        <source>Every message needs a &quot;type&quot; and an &quot;id&quot; (text, at most 128 characters).</source>
        <translation>Every message needs a &quot;type&quot; and an &quot;id&quot; (text, at most 128 characters).</translation>
    </message>
    <message>
        <source>Say hello with a pairing token first.</source>
        <translation>Say hello with a pairing token first.</translation>
    </message>
    <message>
        <source>This hub speaks protocol version %1 only; update Saduak on this device.</source>
        <translation>This hub speaks protocol version %1 only; update Saduak on this device.</translation>
    </message>
    <message>
        <source>This device is not paired with the hub, or its pairing was revoked. Ask the supervisor to pair it.</source>
        <translation>This device is not paired with the hub, or its pairing was revoked. Ask the supervisor to pair it.</translation>
    </message>
    <message>
        <source>Too many failed attempts to connect from this computer. Try again in %1 seconds.</source>
        <translation>Too many failed attempts to connect from this computer. Try again in %1 seconds.</translation>
    </message>
</context>
<context>
    <name>saduak::IngestStore</name>
    <message>
        <source>Central holds no such row of this branch.</source>
        <translation>Central holds no such row of this branch.</translation>
    </message>
    <message>
        <source>The personal data of this row cannot be read without central&apos;s key file.</source>
        <translation>The personal data of this row cannot be read without central&apos;s key file.</translation>
    </message>
    <message>
        <source>The personal data of this row does not fit its payload.</source>
        <translation>The personal data of this row does not fit its payload.</translation>
    </message>
</context>
<context>
    <name>saduak::KioskModulePages</name>
    <message>
        <source>← Back to the services</source>
        <translation>← Back to the services</translation>
    </message>
</context>
<context>
    <name>saduak::KioskResultPage</name>
    <message>
        <source>No queue right now</source>
        <translation>No queue right now</translation>
    </message>
    <message numerus="yes">
        <source>About %n min wait</source>
        <translation>
            <numerusform>About %n min wait</numerusform>
            <numerusform>About %n min wait</numerusform>
        </translation>
    </message>
    <message>
        <source>Print my ticket again</source>
        <translation>Print my ticket again</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Your queue number</source>
        <translation>Your queue number</translation>
    </message>
    <message numerus="yes">
        <source>%n people waiting ahead of you</source>
        <translation>
            <numerusform>%n person waiting ahead of you</numerusform>
            <numerusform>%n people waiting ahead of you</numerusform>
        </translation>
    </message>
    <message>
        <source>You are next in line</source>
        <translation>You are next in line</translation>
    </message>
    <message>
        <source>Estimated wait: %1</source>
        <translation>Estimated wait: %1</translation>
    </message>
    <message>
        <source>Please wait for your number to be shown on the screen.</source>
        <translation>Please wait for your number to be shown on the screen.</translation>
    </message>
    <message>
        <source>This kiosk does not print tickets. Please remember your number: %1</source>
        <translation>This kiosk does not print tickets. Please remember your number: %1</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>Printing your ticket…</translation>
    </message>
    <message>
        <source>Please take your ticket from the printer below.</source>
        <translation>Please take your ticket from the printer below.</translation>
    </message>
    <message>
        <source>The ticket printer is out of paper. Please remember your number: %1. Staff have been told.</source>
        <translation>The ticket printer is out of paper. Please remember your number: %1. Staff have been told.</translation>
    </message>
    <message>
        <source>The ticket printer is not working right now. Please remember your number: %1. Staff have been told.</source>
        <translation>The ticket printer is not working right now. Please remember your number: %1. Staff have been told.</translation>
    </message>
</context>
<context>
    <name>saduak::KioskWindow</name>
    <message>
        <source>Kiosk</source>
        <translation>Kiosk</translation>
    </message>
    <message>
        <source>Welcome to the Government Center</source>
        <translation>Welcome to the Government Center</translation>
    </message>
    <message>
        <source>Touch the service you came for to take a queue ticket.</source>
        <translation>Touch the service you came for to take a queue ticket.</translation>
    </message>
    <message>
        <source>Sorry, no ticket could be issued. Please ask a staff member.</source>
        <translation>Sorry, no ticket could be issued. Please ask a staff member.</translation>
    </message>
    <message>
        <source>Sorry, no ticket could be issued: %1</source>
        <translation>Sorry, no ticket could be issued: %1</translation>
    </message>
    <message>
        <source>Tickets cannot be issued here. Please ask a staff member.</source>
        <translation>Tickets cannot be issued here. Please ask a staff member.</translation>
    </message>
    <message>
        <source>Tickets cannot be issued right now: the kiosk is waiting for the queue system. Please wait a moment or ask a staff member.</source>
        <translation>Tickets cannot be issued right now: the kiosk is waiting for the queue system. Please wait a moment or ask a staff member.</translation>
    </message>
    <message>
        <source>The ticket printer is out of paper: your number will be shown on the screen, please remember it.</source>
        <translation>The ticket printer is out of paper: your number will be shown on the screen, please remember it.</translation>
    </message>
    <message>
        <source>The ticket printer is not working: your number will be shown on the screen, please remember it.</source>
        <translation>The ticket printer is not working: your number will be shown on the screen, please remember it.</translation>
    </message>
    <message>
        <source>Waiting for the queue system… Your ticket will be shown and printed as soon as it answers.</source>
        <translation>Waiting for the queue system… Your ticket will be shown and printed as soon as it answers.</translation>
    </message>
    <message>
        <source>Issuing your ticket…</source>
        <translation>Issuing your ticket…</translation>
    </message>
    <message>
        <source>Aged 60 or over? Insert your ID card before you touch a service, to get a priority ticket.</source>
        <translation>Aged 60 or over? Insert your ID card before you touch a service, to get a priority ticket.</translation>
    </message>
    <message>
        <source>Your ID card was read: your ticket will have elderly priority. Touch the service you came for.</source>
        <translation>Your ID card was read: your ticket will have elderly priority. Touch the service you came for.</translation>
    </message>
    <message>
        <source>Your ID card was read. Touch the service you came for.</source>
        <translation>Your ID card was read. Touch the service you came for.</translation>
    </message>
    <message>
        <source>The center is closed now. It opens at %1.</source>
        <translation>The center is closed now. It opens at %1.</translation>
    </message>
    <message>
        <source>The center has closed for today. It opens again at %1.</source>
        <translation>The center has closed for today. It opens again at %1.</translation>
    </message>
    <message>
        <source>Closed now · open %1–%2</source>
        <translation>Closed now · open %1–%2</translation>
    </message>
    <message>
        <source>The center is closed today for a holiday: %1.</source>
        <translation>The center is closed today for a holiday: %1.</translation>
    </message>
    <message>
        <source>The center is closed today.</source>
        <translation>The center is closed today.</translation>
    </message>
    <message>
        <source>Closed today: %1</source>
        <translation>Closed today: %1</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Closed on %1</translation>
    </message>
</context>
<context>
    <name>saduak::LinkStatus</name>
    <message>
        <source>Connecting to the hub…</source>
        <translation>Connecting to the hub…</translation>
    </message>
    <message>
        <source>Connected to the hub</source>
        <translation>Connected to the hub</translation>
    </message>
    <message>
        <source>Connection to the hub lost, reconnecting…</source>
        <translation>Connection to the hub lost, reconnecting…</translation>
    </message>
    <message>
        <source>The hub refused this PC. Call support.</source>
        <translation>The hub refused this PC. Call support.</translation>
    </message>
    <message>
        <source>The hub refused this PC: %1</source>
        <translation>The hub refused this PC: %1</translation>
    </message>
</context>
<context>
    <name>saduak::LogInPanel</name>
    <message>
        <source>Switch officer</source>
        <translation>Switch officer</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>The next officer logs in with their own user name and password.</source>
        <translation>The next officer logs in with their own user name and password.</translation>
    </message>
    <message>
        <source>Log in with your user name and password to work at this screen.</source>
        <translation>Log in with your user name and password to work at this screen.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>saduak::LongReads</name>
    <message>
        <source>The branch hub could not read its database for this report. Please try again.</source>
        <translation>The branch hub could not read its database for this report. Please try again.</translation>
    </message>
    <message>
        <source>The branch hub is already reading %1 long reports. Please try again in a minute.</source>
        <translation>The branch hub is already reading %1 long reports. Please try again in a minute.</translation>
    </message>
</context>
<context>
    <name>saduak::ModeWindow</name>
    <message>
        <source>Saduak</source>
        <translation>Saduak</translation>
    </message>
</context>
<context>
    <name>saduak::ModuleArea</name>
    <message>
        <source>%1, version %2. Serves: %3</source>
        <translation>%1, version %2. Serves: %3</translation>
    </message>
    <message>
        <source>no counter service</source>
        <translation>no counter service</translation>
    </message>
    <message>
        <source>No service modules are installed on this PC yet. Counter work that needs no module can go on.</source>
        <translation>No service modules are installed on this PC yet. Counter work that needs no module can go on.</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) could not be loaded; tell support:</source>
        <translation>
            <numerusform>%n module could not be loaded; tell support:</numerusform>
            <numerusform>%n modules could not be loaded; tell support:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>saduak::ModuleContext</name>
    <message>
        <source>This computer cannot reach the branch hub, so nothing was saved. Check the network cable, then try again.</source>
        <translation>This computer cannot reach the branch hub, so nothing was saved. Check the network cable, then try again.</translation>
    </message>
</context>
<context>
    <name>saduak::MoveTicketDialog</name>
    <message>
        <source>Move a waiting ticket</source>
        <translation>Move a waiting ticket</translation>
    </message>
    <message>
        <source>The ticket keeps its number and its place by how long it has waited: it is not sent to the back of the other service&apos;s queue.</source>
        <translation>The ticket keeps its number and its place by how long it has waited: it is not sent to the back of the other service&apos;s queue.</translation>
    </message>
    <message>
        <source>%1 · %2 · waited %3 min</source>
        <translation>%1 · %2 · waited %3 min</translation>
    </message>
    <message>
        <source>Ticket:</source>
        <translation>Ticket:</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Move to:</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Move</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>No ticket is waiting.</source>
        <translation>No ticket is waiting.</translation>
    </message>
    <message>
        <source>The ticket already waits for that service.</source>
        <translation>The ticket already waits for that service.</translation>
    </message>
</context>
<context>
    <name>saduak::OnScreenKeyboard</name>
    <message>
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>ENG</source>
        <comment>keyboard key: switches to the English layout</comment>
        <translation>ENG</translation>
    </message>
    <message>
        <source>English keyboard</source>
        <translation>English keyboard</translation>
    </message>
    <message>
        <source>ไทย</source>
        <comment>keyboard key: switches to the Thai layout</comment>
        <translation>ไทย</translation>
    </message>
    <message>
        <source>Thai keyboard</source>
        <translation>Thai keyboard</translation>
    </message>
</context>
<context>
    <name>saduak::OpenCounterDialog</name>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>Open %1 for these services:</source>
        <translation>Open %1 for these services:</translation>
    </message>
    <message>
        <source>Open counter</source>
        <translation>Open counter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>saduak::OwnCertificate</name>
    <message>
        <source>The hub cannot make its own TLS certificate: the program openssl is missing (Debian package openssl). Install it, or give the hub a certificate (--tls-cert and --tls-key, or hub/tlsCert and hub/tlsKey).</source>
        <translation>The hub cannot make its own TLS certificate: the program openssl is missing (Debian package openssl). Install it, or give the hub a certificate (--tls-cert and --tls-key, or hub/tlsCert and hub/tlsKey).</translation>
    </message>
    <message>
        <source>The hub cannot make its own TLS certificate in %1: openssl says %2</source>
        <translation>The hub cannot make its own TLS certificate in %1: openssl says %2</translation>
    </message>
    <message>
        <source>The hub&apos;s own certificate is incomplete: %1 is there but %2 is not. Put the missing file back, or move both away to make a new pair (every device then needs the new pin).</source>
        <translation>The hub&apos;s own certificate is incomplete: %1 is there but %2 is not. Put the missing file back, or move both away to make a new pair (every device then needs the new pin).</translation>
    </message>
    <message>
        <source>The hub cannot keep its own TLS certificate in %1.</source>
        <translation>The hub cannot keep its own TLS certificate in %1.</translation>
    </message>
</context>
<context>
    <name>saduak::PcmAudio</name>
    <message>
        <source>Not a WAV file (no RIFF/WAVE header).</source>
        <translation>Not a WAV file (no RIFF/WAVE header).</translation>
    </message>
    <message>
        <source>The WAV format chunk is damaged.</source>
        <translation>The WAV format chunk is damaged.</translation>
    </message>
    <message>
        <source>The WAV is not plain PCM (format %1); save it as 16-bit PCM.</source>
        <translation>The WAV is not plain PCM (format %1); save it as 16-bit PCM.</translation>
    </message>
    <message>
        <source>The WAV has %1-bit samples; only 16-bit PCM is used.</source>
        <translation>The WAV has %1-bit samples; only 16-bit PCM is used.</translation>
    </message>
    <message>
        <source>The WAV has %1 channels; only mono or stereo is used.</source>
        <translation>The WAV has %1 channels; only mono or stereo is used.</translation>
    </message>
    <message>
        <source>The WAV sample rate %1 Hz is out of range.</source>
        <translation>The WAV sample rate %1 Hz is out of range.</translation>
    </message>
    <message>
        <source>The WAV format chunk is inconsistent (block align %1).</source>
        <translation>The WAV format chunk is inconsistent (block align %1).</translation>
    </message>
    <message>
        <source>The WAV has its data before its format chunk.</source>
        <translation>The WAV has its data before its format chunk.</translation>
    </message>
    <message>
        <source>The WAV is truncated: %1 bytes of sound announced, %2 present.</source>
        <translation>The WAV is truncated: %1 bytes of sound announced, %2 present.</translation>
    </message>
    <message>
        <source>The WAV has no sound data.</source>
        <translation>The WAV has no sound data.</translation>
    </message>
    <message>
        <source>The WAV has no format chunk.</source>
        <translation>The WAV has no format chunk.</translation>
    </message>
</context>
<context>
    <name>saduak::PdfFolderPrinter</name>
    <message>
        <source>The ticket folder %1 does not exist. Ask a staff member to check the printer settings.</source>
        <translation>The ticket folder %1 does not exist. Ask a staff member to check the printer settings.</translation>
    </message>
    <message>
        <source>The kiosk may not write tickets to the folder %1.</source>
        <translation>The kiosk may not write tickets to the folder %1.</translation>
    </message>
    <message>
        <source>The ticket could not be saved as a PDF file.</source>
        <translation>The ticket could not be saved as a PDF file.</translation>
    </message>
</context>
<context>
    <name>saduak::PersonalDataCipher</name>
    <message>
        <source>The encryption library (libsodium) could not start.</source>
        <translation>The encryption library (libsodium) could not start.</translation>
    </message>
    <message>
        <source>Restore the key file from its backup, or give the right one with --key-file.</source>
        <translation>Restore the key file from its backup, or give the right one with --key-file.</translation>
    </message>
    <message>
        <source>The personal-data key file %1 does not exist. %2 A new central makes one with: saduak-central make-key --key-file %1</source>
        <translation>The personal-data key file %1 does not exist. %2 A new central makes one with: saduak-central make-key --key-file %1</translation>
    </message>
    <message>
        <source>The personal-data key file %1 cannot be read: %2. Let the user that runs saduak-central read it (and nobody else).</source>
        <translation>The personal-data key file %1 cannot be read: %2. Let the user that runs saduak-central read it (and nobody else).</translation>
    </message>
    <message>
        <source>The personal-data key file %1 is not a regular file. %2</source>
        <translation>The personal-data key file %1 is not a regular file. %2</translation>
    </message>
    <message>
        <source>The personal-data key file %1 is open to other users (mode %2). Allow only its owner, then start again: chmod 600 %1</source>
        <translation>The personal-data key file %1 is open to other users (mode %2). Allow only its owner, then start again: chmod 600 %1</translation>
    </message>
    <message>
        <source>The personal-data key file %1 is not a key: it must be one line of base64 text of %2 bytes. %3</source>
        <translation>The personal-data key file %1 is not a key: it must be one line of base64 text of %2 bytes. %3</translation>
    </message>
    <message>
        <source>The personal-data key file %1 holds a key of %2 bytes; a key is %3 bytes. %4</source>
        <translation>The personal-data key file %1 holds a key of %2 bytes; a key is %3 bytes. %4</translation>
    </message>
    <message>
        <source>The key file %1 already exists and is left as it is: a new key would make the personal data encrypted with the old one unreadable.</source>
        <translation>The key file %1 already exists and is left as it is: a new key would make the personal data encrypted with the old one unreadable.</translation>
    </message>
    <message>
        <source>The key file %1 could not be created: %2.</source>
        <translation>The key file %1 could not be created: %2.</translation>
    </message>
    <message>
        <source>The personal data of this row cannot be decrypted: the key is not the one it was encrypted with, or the stored value was changed.</source>
        <translation>The personal data of this row cannot be decrypted: the key is not the one it was encrypted with, or the stored value was changed.</translation>
    </message>
    <message>
        <source>The personal data of this row was encrypted with key version %1, which the key file does not hold.</source>
        <translation>The personal data of this row was encrypted with key version %1, which the key file does not hold.</translation>
    </message>
</context>
<context>
    <name>saduak::PersonalDataKey</name>
    <message>
        <source>A PostgreSQL database needs --key-file FILE, the key of the personal data, kept apart from the database. Make one with: saduak-central make-key --key-file FILE</source>
        <translation>A PostgreSQL database needs --key-file FILE, the key of the personal data, kept apart from the database. Make one with: saduak-central make-key --key-file FILE</translation>
    </message>
    <message>
        <source>Made the personal-data key %1. Back it up now, apart from the database: without it the names, addresses and contact details at central cannot be read.</source>
        <translation>Made the personal-data key %1. Back it up now, apart from the database: without it the names, addresses and contact details at central cannot be read.</translation>
    </message>
    <message>
        <source>The personal-data key file %1 is missing, and the database holds personal data encrypted with a key. Restore the key file from its backup (or give it with --key-file).</source>
        <translation>The personal-data key file %1 is missing, and the database holds personal data encrypted with a key. Restore the key file from its backup (or give it with --key-file).</translation>
    </message>
    <message>
        <source>The key in %1 does not decrypt the personal data already in the database: it is not the key they were encrypted with. Start central with the right key file (--key-file), restored from its backup.</source>
        <translation>The key in %1 does not decrypt the personal data already in the database: it is not the key they were encrypted with. Start central with the right key file (--key-file), restored from its backup.</translation>
    </message>
</context>
<context>
    <name>saduak::ProcessAudioSink</name>
    <message>
        <source>No audio player found: install alsa-utils (aplay) or pulseaudio-utils (paplay) to hear the calls.</source>
        <translation>No audio player found: install alsa-utils (aplay) or pulseaudio-utils (paplay) to hear the calls.</translation>
    </message>
    <message>
        <source>Cannot play the sound: %1</source>
        <translation>Cannot play the sound: %1</translation>
    </message>
    <message>
        <source>The audio player %1 could not be started: %2</source>
        <translation>The audio player %1 could not be started: %2</translation>
    </message>
    <message>
        <source>The audio player %1 failed: %2</source>
        <translation>The audio player %1 failed: %2</translation>
    </message>
    <message>
        <source>exit code %1</source>
        <translation>exit code %1</translation>
    </message>
</context>
<context>
    <name>saduak::QueueCommands</name>
    <message>
        <source>The queue could not be saved, so nothing was changed. Please try again.</source>
        <translation>The queue could not be saved, so nothing was changed. Please try again.</translation>
    </message>
    <message>
        <source>The hub could not read the queue from its database. Tell the supervisor: the database may be damaged (saduak-hub check).</source>
        <translation>The hub could not read the queue from its database. Tell the supervisor: the database may be damaged (saduak-hub check).</translation>
    </message>
</context>
<context>
    <name>saduak::QueueDashboard</name>
    <message>
        <source>Figures at %1</source>
        <translation>Figures at %1</translation>
    </message>
    <message>
        <source>⚠ %1 %2: the longest wait is %3, over the target of %4</source>
        <translation>⚠ %1 %2: the longest wait is %3, over the target of %4</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Services now</source>
        <translation>Services now</translation>
    </message>
    <message>
        <source>Counters</source>
        <translation>Counters</translation>
    </message>
    <message numerus="yes">
        <source>Today and the last %n days</source>
        <translation>
            <numerusform>Today and the last %n days</numerusform>
            <numerusform>Today and the last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Open…</translation>
    </message>
    <message>
        <source>Open the selected counter for the services you tick</source>
        <translation>Open the selected counter for the services you tick</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause the selected counter, with a reason</source>
        <translation>Pause the selected counter, with a reason</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the selected counter</source>
        <translation>Close the selected counter</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>System down</source>
        <translation>System down</translation>
    </message>
    <message>
        <source>Other work</source>
        <translation>Other work</translation>
    </message>
</context>
<context>
    <name>saduak::QueueManager</name>
    <message>
        <source>The queue could not be saved, so nothing was changed. Please try again.</source>
        <translation>The queue could not be saved, so nothing was changed. Please try again.</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>called</source>
        <translation>called</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>being served</translation>
    </message>
    <message>
        <source>parked</source>
        <translation>parked</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>a no-show</source>
        <translation>a no-show</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>closed at the end of its day</source>
        <translation>closed at the end of its day</translation>
    </message>
    <message>
        <source>called again</source>
        <translation>called again</translation>
    </message>
    <message>
        <source>started</source>
        <translation>started</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>marked a no-show</source>
        <translation>marked a no-show</translation>
    </message>
    <message>
        <source>returned to the queue</source>
        <translation>returned to the queue</translation>
    </message>
    <message>
        <source>transferred</source>
        <translation>transferred</translation>
    </message>
    <message>
        <source>given another priority</source>
        <translation>given another priority</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>paused for a break</source>
        <translation>paused for a break</translation>
    </message>
    <message>
        <source>paused because the system is down</source>
        <translation>paused because the system is down</translation>
    </message>
    <message>
        <source>paused for other work</source>
        <translation>paused for other work</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <source>There is no service %1 at this branch.</source>
        <translation>There is no service %1 at this branch.</translation>
    </message>
    <message>
        <source>There is no counter %1.</source>
        <translation>There is no counter %1.</translation>
    </message>
    <message>
        <source>Counter %1 is %2 and cannot call tickets.</source>
        <translation>Counter %1 is %2 and cannot call tickets.</translation>
    </message>
    <message>
        <source>Counter %1 still has ticket %2: finish, park or transfer it, or mark it a no-show, before calling the next one.</source>
        <translation>Counter %1 still has ticket %2: finish, park or transfer it, or mark it a no-show, before calling the next one.</translation>
    </message>
    <message>
        <source>No ticket is waiting for the services of counter %1.</source>
        <translation>No ticket is waiting for the services of counter %1.</translation>
    </message>
    <message>
        <source>This ticket does not exist.</source>
        <translation>This ticket does not exist.</translation>
    </message>
    <message>
        <source>Ticket %1 is at counter %2, not at counter %3.</source>
        <translation>Ticket %1 is at counter %2, not at counter %3.</translation>
    </message>
    <message>
        <source>Ticket %1 is %2, so it cannot be %3.</source>
        <translation>Ticket %1 is %2, so it cannot be %3.</translation>
    </message>
    <message>
        <source>Ticket %1 was called %2 seconds ago; wait %3 more seconds before calling it again.</source>
        <translation>Ticket %1 was called %2 seconds ago; wait %3 more seconds before calling it again.</translation>
    </message>
    <message>
        <source>Ticket %1 already waits for service %2.</source>
        <translation>Ticket %1 already waits for service %2.</translation>
    </message>
    <message>
        <source>Counter %1 is already open.</source>
        <translation>Counter %1 is already open.</translation>
    </message>
    <message>
        <source>Counter %1 cannot open without a service to serve.</source>
        <translation>Counter %1 cannot open without a service to serve.</translation>
    </message>
    <message>
        <source>Say why counter %1 is paused.</source>
        <translation>Say why counter %1 is paused.</translation>
    </message>
    <message>
        <source>Counter %1 is %2, so it cannot be paused.</source>
        <translation>Counter %1 is %2, so it cannot be paused.</translation>
    </message>
    <message>
        <source>Counter %1 still has ticket %2: finish, park or transfer it, or mark it a no-show, before pausing.</source>
        <translation>Counter %1 still has ticket %2: finish, park or transfer it, or mark it a no-show, before pausing.</translation>
    </message>
    <message>
        <source>Counter %1 is already closed.</source>
        <translation>Counter %1 is already closed.</translation>
    </message>
    <message>
        <source>Counter %1 still has ticket %2: finish, park or transfer it, or mark it a no-show, before closing.</source>
        <translation>Counter %1 still has ticket %2: finish, park or transfer it, or mark it a no-show, before closing.</translation>
    </message>
    <message>
        <source>A call ratio needs at least one normal call per priority call.</source>
        <translation>A call ratio needs at least one normal call per priority call.</translation>
    </message>
    <message>
        <source>%1 is closed now; it opens at %2.</source>
        <translation>%1 is closed now; it opens at %2.</translation>
    </message>
    <message>
        <source>%1 has closed for today; it opens again at %2 on its next day.</source>
        <translation>%1 has closed for today; it opens again at %2 on its next day.</translation>
    </message>
    <message>
        <source>This request id was used before for another request (%1); nothing was done. Send the request with a new id.</source>
        <translation>This request id was used before for another request (%1); nothing was done. Send the request with a new id.</translation>
    </message>
    <message>
        <source>moved to another service</source>
        <translation>moved to another service</translation>
    </message>
    <message>
        <source>A target wait is from 1 to 600 minutes.</source>
        <translation>A target wait is from 1 to 600 minutes.</translation>
    </message>
    <message>
        <source>A holiday needs a date and a name.</source>
        <translation>A holiday needs a date and a name.</translation>
    </message>
    <message>
        <source>The date %1 is given twice.</source>
        <translation>The date %1 is given twice.</translation>
    </message>
    <message>
        <source>Counter %1 needs at least one service.</source>
        <translation>Counter %1 needs at least one service.</translation>
    </message>
    <message>
        <source>%1 is closed today for a holiday: %2.</source>
        <translation>%1 is closed today for a holiday: %2.</translation>
    </message>
    <message>
        <source>%1 does not open on %2.</source>
        <translation>%1 does not open on %2.</translation>
    </message>
</context>
<context>
    <name>saduak::RecentDaysModel</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Issued</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>Served</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Average wait</translation>
    </message>
    <message>
        <source>Average service</source>
        <translation>Average service</translation>
    </message>
    <message>
        <source>Called within target</source>
        <translation>Called within target</translation>
    </message>
</context>
<context>
    <name>saduak::ReferenceImport</name>
    <message>
        <source>&quot;%1&quot; is not a reference data set. Known: %2.</source>
        <translation>&quot;%1&quot; is not a reference data set. Known: %2.</translation>
    </message>
    <message>
        <source>--key-field names the field that identifies an item.</source>
        <translation>--key-field names the field that identifies an item.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Storing the items failed: %1</source>
        <translation>Storing the items failed: %1</translation>
    </message>
    <message>
        <source>Line %1 is not JSON: %2 (at character %3).</source>
        <translation>Line %1 is not JSON: %2 (at character %3).</translation>
    </message>
    <message>
        <source>Line %1 is not a JSON object.</source>
        <translation>Line %1 is not a JSON object.</translation>
    </message>
    <message>
        <source>Line %1 has no &quot;%2&quot; (a text or a whole number) to identify the item.</source>
        <translation>Line %1 has no &quot;%2&quot; (a text or a whole number) to identify the item.</translation>
    </message>
    <message>
        <source>Reading the items failed: %1</source>
        <translation>Reading the items failed: %1</translation>
    </message>
    <message>
        <source>Deleting the items failed: %1</source>
        <translation>Deleting the items failed: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is written by central itself as complaints are filed and change state; it cannot be imported.</source>
        <translation>&quot;%1&quot; is written by central itself as complaints are filed and change state; it cannot be imported.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
</context>
<context>
    <name>saduak::ReferencePuller</name>
    <message>
        <source>The reference data could not be read from the database; retrying.</source>
        <translation>The reference data could not be read from the database; retrying.</translation>
    </message>
    <message>
        <source>Central&apos;s certificate does not match central/pinSha256; no reference data was downloaded. Check the pin or the server; retrying.</source>
        <translation>Central&apos;s certificate does not match central/pinSha256; no reference data was downloaded. Check the pin or the server; retrying.</translation>
    </message>
    <message>
        <source>Central&apos;s certificate is not trusted (%1); no reference data was downloaded. Check central/caFile; retrying.</source>
        <translation>Central&apos;s certificate is not trusted (%1); no reference data was downloaded. Check central/caFile; retrying.</translation>
    </message>
    <message>
        <source>Central did not send the reference data in time; retrying.</source>
        <translation>Central did not send the reference data in time; retrying.</translation>
    </message>
    <message>
        <source>Central cannot be reached for the reference data; retrying.</source>
        <translation>Central cannot be reached for the reference data; retrying.</translation>
    </message>
    <message>
        <source>Central keeps refusing the reference data cursor; retrying later.</source>
        <translation>Central keeps refusing the reference data cursor; retrying later.</translation>
    </message>
    <message>
        <source>The reference data could not be written to the database; retrying.</source>
        <translation>The reference data could not be written to the database; retrying.</translation>
    </message>
    <message>
        <source>Central does not serve the reference data set &quot;%1&quot;; check central/datasets.</source>
        <translation>Central does not serve the reference data set &quot;%1&quot;; check central/datasets.</translation>
    </message>
    <message>
        <source>Central refused this branch&apos;s token: check central/token.</source>
        <translation>Central refused this branch&apos;s token: check central/token.</translation>
    </message>
    <message>
        <source>Central answered the reference data request with an error (HTTP %1); retrying.</source>
        <translation>Central answered the reference data request with an error (HTTP %1); retrying.</translation>
    </message>
    <message>
        <source>Central&apos;s reference data for &quot;%1&quot; could not be read; nothing of it was applied. Retrying.</source>
        <translation>Central&apos;s reference data for &quot;%1&quot; could not be read; nothing of it was applied. Retrying.</translation>
    </message>
</context>
<context>
    <name>saduak::ReportExport</name>
    <message>
        <source>The report could not be made: %1</source>
        <translation>The report could not be made: %1</translation>
    </message>
    <message>
        <source>The hub&apos;s report could not be read: %1</source>
        <translation>The hub&apos;s report could not be read: %1</translation>
    </message>
    <message>
        <source>The report could not be saved to %1: %2</source>
        <translation>The report could not be saved to %1: %2</translation>
    </message>
    <message>
        <source>Saved the report of %1 to %2</source>
        <translation>Saved the report of %1 to %2</translation>
    </message>
</context>
<context>
    <name>saduak::ServerTls</name>
    <message>
        <source>TLS is not available in this installation (the OpenSSL library is missing).</source>
        <translation>TLS is not available in this installation (the OpenSSL library is missing).</translation>
    </message>
    <message>
        <source>The TLS certificate file &quot;%1&quot; cannot be read: %2</source>
        <translation>The TLS certificate file &quot;%1&quot; cannot be read: %2</translation>
    </message>
    <message>
        <source>The TLS certificate file &quot;%1&quot; holds no PEM certificate.</source>
        <translation>The TLS certificate file &quot;%1&quot; holds no PEM certificate.</translation>
    </message>
    <message>
        <source>The TLS key file &quot;%1&quot; cannot be read: %2</source>
        <translation>The TLS key file &quot;%1&quot; cannot be read: %2</translation>
    </message>
    <message>
        <source>The TLS key file &quot;%1&quot; holds no unencrypted PEM private key (RSA or EC).</source>
        <translation>The TLS key file &quot;%1&quot; holds no unencrypted PEM private key (RSA or EC).</translation>
    </message>
</context>
<context>
    <name>saduak::ServiceFiguresModel</name>
    <message>
        <source>⚠ Over target</source>
        <translation>⚠ Over target</translation>
    </message>
    <message>
        <source>✓ Within target</source>
        <translation>✓ Within target</translation>
    </message>
    <message>
        <source>– Nobody waiting</source>
        <translation>– Nobody waiting</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Waiting now</source>
        <translation>Waiting now</translation>
    </message>
    <message>
        <source>Longest waiting</source>
        <translation>Longest waiting</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>Served today</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>Average wait</translation>
    </message>
</context>
<context>
    <name>saduak::ServiceHoursDialog</name>
    <message>
        <source>Target and hours: %1</source>
        <translation>Target and hours: %1</translation>
    </message>
    <message>
        <source>Target wait for %1:</source>
        <translation>Target wait for %1:</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>When the kiosk issues tickets for it, day by day (times as HH:MM; 24:00 is midnight). Staff at a counter may issue tickets at any time.</source>
        <translation>When the kiosk issues tickets for it, day by day (times as HH:MM; 24:00 is midnight). Staff at a counter may issue tickets at any time.</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Opens</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Closes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1: write the times as HH:MM, for example 08:30 and 16:30.</source>
        <translation>%1: write the times as HH:MM, for example 08:30 and 16:30.</translation>
    </message>
    <message>
        <source>%1: the service must open before it closes.</source>
        <translation>%1: the service must open before it closes.</translation>
    </message>
</context>
<context>
    <name>saduak::ServiceListModel</name>
    <message>
        <source>all day</source>
        <translation>all day</translation>
    </message>
    <message>
        <source>Closed every day</source>
        <translation>Closed every day</translation>
    </message>
    <message>
        <source>Every day, all day</source>
        <translation>Every day, all day</translation>
    </message>
    <message>
        <source>Every day %1</source>
        <translation>Every day %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>days, hours</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1; closed %2</source>
        <translation>%1; closed %2</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Open until %1</source>
        <translation>Open until %1</translation>
    </message>
    <message>
        <source>Closed: holiday (%1)</source>
        <translation>Closed: holiday (%1)</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Closed on %1</translation>
    </message>
    <message>
        <source>Opens at %1</source>
        <translation>Opens at %1</translation>
    </message>
    <message>
        <source>Closed for today (closed at %1)</source>
        <translation>Closed for today (closed at %1)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Target wait</source>
        <translation>Target wait</translation>
    </message>
    <message>
        <source>Opening hours (kiosk tickets)</source>
        <translation>Opening hours (kiosk tickets)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
</context>
<context>
    <name>saduak::ServicesPanel</name>
    <message>
        <source>The branch&apos;s services: the wait each aims at, when the kiosk issues its tickets, and the days the branch is closed.</source>
        <translation>The branch&apos;s services: the wait each aims at, when the kiosk issues its tickets, and the days the branch is closed.</translation>
    </message>
    <message>
        <source>Only an administrator may change targets, hours and holidays; you may set counters&apos; services and move waiting tickets.</source>
        <translation>Only an administrator may change targets, hours and holidays; you may set counters&apos; services and move waiting tickets.</translation>
    </message>
    <message>
        <source>This hub takes tickets at any hour (queue/openAllDay in its settings): the hours and holidays shown are not the ones kept, so they cannot be changed here. Remove the setting and start the hub again to manage them.</source>
        <translation>This hub takes tickets at any hour (queue/openAllDay in its settings): the hours and holidays shown are not the ones kept, so they cannot be changed here. Remove the setting and start the hub again to manage them.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Edit target and hours…</source>
        <translation>Edit target and hours…</translation>
    </message>
    <message>
        <source>Counter services…</source>
        <translation>Counter services…</translation>
    </message>
    <message>
        <source>Move a waiting ticket…</source>
        <translation>Move a waiting ticket…</translation>
    </message>
    <message>
        <source>Holidays (no kiosk tickets for any service)</source>
        <translation>Holidays (no kiosk tickets for any service)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>%1 is changed.</source>
        <translation>%1 is changed.</translation>
    </message>
    <message>
        <source>%1 is a holiday now: %2.</source>
        <translation>%1 is a holiday now: %2.</translation>
    </message>
    <message>
        <source>%1 is no longer a holiday.</source>
        <translation>%1 is no longer a holiday.</translation>
    </message>
    <message>
        <source>%1 now waits for %2.</source>
        <translation>%1 now waits for %2.</translation>
    </message>
</context>
<context>
    <name>saduak::SettingsFileCheck</name>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>th or en</source>
        <translation>th or en</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>a whole number from %1 to %2</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>a number from %1 to %2</translation>
    </message>
    <message>
        <source>The settings file %1 does not exist. Check the path given with --settings.</source>
        <translation>The settings file %1 does not exist. Check the path given with --settings.</translation>
    </message>
    <message>
        <source>The settings file %1 is a folder, not a file.</source>
        <translation>The settings file %1 is a folder, not a file.</translation>
    </message>
    <message>
        <source>The settings file %1 cannot be read: %2</source>
        <translation>The settings file %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>The settings file %1 is not a settings file: it holds bytes that are not text (UTF-8). Give an INI file of key=value lines.</source>
        <translation>The settings file %1 is not a settings file: it holds bytes that are not text (UTF-8). Give an INI file of key=value lines.</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot; is not a key=value line.</source>
        <translation>%1, line %2: &quot;%3&quot; is not a key=value line.</translation>
    </message>
    <message>
        <source>%1, line %2: unknown key %3: no part of Saduak reads it. Check its spelling against README, &quot;Settings&quot;, and docs/deployment.md.</source>
        <translation>%1, line %2: unknown key %3: no part of Saduak reads it. Check its spelling against README, &quot;Settings&quot;, and docs/deployment.md.</translation>
    </message>
    <message>
        <source>%1, line %2: %3=%4 is not valid; it takes %5.</source>
        <translation>%1, line %2: %3=%4 is not valid; it takes %5.</translation>
    </message>
</context>
<context>
    <name>saduak::StaffCommands</name>
    <message>
        <source>The branch hub could not read or save who is logged in. Please try again.</source>
        <translation>The branch hub could not read or save who is logged in. Please try again.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked. Try again in %1 seconds, or ask an admin to set a new password.</source>
        <translation>Too many wrong passwords: this account is locked. Try again in %1 seconds, or ask an admin to set a new password.</translation>
    </message>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>The user name or the password is wrong.</translation>
    </message>
</context>
<context>
    <name>saduak::StaffLogIn</name>
    <message>
        <source>You were logged out by the branch hub: the business day has closed or the account was disabled. Please log in again.</source>
        <translation>You were logged out by the branch hub: the business day has closed or the account was disabled. Please log in again.</translation>
    </message>
    <message>
        <source>Logged out.</source>
        <translation>Logged out.</translation>
    </message>
    <message>
        <source>%1 stays logged in until the next officer logs in.</source>
        <translation>%1 stays logged in until the next officer logs in.</translation>
    </message>
</context>
<context>
    <name>saduak::StaffRole</name>
    <message>
        <source>Counter officer</source>
        <translation>Counter officer</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
</context>
<context>
    <name>saduak::StaffStore</name>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>The password needs at least %1 characters.</translation>
    </message>
    <message>
        <source>A user name is 1 to 64 small letters, digits, dots, dashes or underscores.</source>
        <translation>A user name is 1 to 64 small letters, digits, dots, dashes or underscores.</translation>
    </message>
    <message>
        <source>The person needs a name.</source>
        <translation>The person needs a name.</translation>
    </message>
    <message>
        <source>There is a staff member &quot;%1&quot; already.</source>
        <translation>There is a staff member &quot;%1&quot; already.</translation>
    </message>
    <message>
        <source>There is no staff member &quot;%1&quot;.</source>
        <translation>There is no staff member &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Staff member %1 is disabled already.</source>
        <translation>Staff member %1 is disabled already.</translation>
    </message>
</context>
<context>
    <name>saduak::StorageFault</name>
    <message>
        <source>The disk that holds %1 is full (or the file may not grow any more). Make room on it, then start Saduak again; nothing was changed.</source>
        <translation>The disk that holds %1 is full (or the file may not grow any more). Make room on it, then start Saduak again; nothing was changed.</translation>
    </message>
    <message>
        <source>Saduak may not write %1: the file or its folder is read-only or belongs to another user. Give the user Saduak runs as the right to write there (or choose another folder), then start Saduak again.</source>
        <translation>Saduak may not write %1: the file or its folder is read-only or belongs to another user. Give the user Saduak runs as the right to write there (or choose another folder), then start Saduak again.</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be used: a part of the path does not exist or is a file, not a folder. Check the path, then start Saduak again.</source>
        <translation>The folder of %1 cannot be used: a part of the path does not exist or is a file, not a folder. Check the path, then start Saduak again.</translation>
    </message>
</context>
<context>
    <name>saduak::SupervisorWindow</name>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>Refused rows</translation>
    </message>
    <message>
        <source>This screen is for supervisors</source>
        <translation>This screen is for supervisors</translation>
    </message>
    <message>
        <source>%1 is logged in as a counter officer. The supervisor&apos;s screen shows the queue and manages the branch; please log out, or let a supervisor log in.</source>
        <translation>%1 is logged in as a counter officer. The supervisor&apos;s screen shows the queue and manages the branch; please log out, or let a supervisor log in.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Making the report…</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Saduak</source>
        <translation>&amp;About Saduak</translation>
    </message>
    <message>
        <source>Switch officer</source>
        <translation>Switch officer</translation>
    </message>
    <message>
        <source>Another person logs in at this PC</source>
        <translation>Another person logs in at this PC</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Log out of this PC</source>
        <translation>Log out of this PC</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Export report…</translation>
    </message>
    <message>
        <source>Save the e-report of a day or a month as CSV or PDF</source>
        <translation>Save the e-report of a day or a month as CSV or PDF</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
</context>
<context>
    <name>saduak::SyncClient</name>
    <message>
        <source>central/url &quot;%1&quot; is not an http:// or https:// address.</source>
        <translation>central/url &quot;%1&quot; is not an http:// or https:// address.</translation>
    </message>
    <message>
        <source>central/url is set but central/token is empty.</source>
        <translation>central/url is set but central/token is empty.</translation>
    </message>
    <message>
        <source>central/caFile and central/pinSha256 need an https:// central/url.</source>
        <translation>central/caFile and central/pinSha256 need an https:// central/url.</translation>
    </message>
    <message>
        <source>central/caFile &quot;%1&quot; cannot be read: %2</source>
        <translation>central/caFile &quot;%1&quot; cannot be read: %2</translation>
    </message>
    <message>
        <source>central/caFile &quot;%1&quot; holds no PEM certificate.</source>
        <translation>central/caFile &quot;%1&quot; holds no PEM certificate.</translation>
    </message>
    <message>
        <source>central/pinSha256 &quot;%1&quot; is not a SHA-256 in base64 (44 characters).</source>
        <translation>central/pinSha256 &quot;%1&quot; is not a SHA-256 in base64 (44 characters).</translation>
    </message>
    <message>
        <source>The outbox could not be read; retrying.</source>
        <translation>The outbox could not be read; retrying.</translation>
    </message>
    <message>
        <source>Central&apos;s certificate does not match central/pinSha256; the rows stay pending. Check the pin or the server; retrying.</source>
        <translation>Central&apos;s certificate does not match central/pinSha256; the rows stay pending. Check the pin or the server; retrying.</translation>
    </message>
    <message>
        <source>Central&apos;s certificate is not trusted (%1); nothing was sent. Check central/caFile; retrying.</source>
        <translation>Central&apos;s certificate is not trusted (%1); nothing was sent. Check central/caFile; retrying.</translation>
    </message>
    <message>
        <source>Central did not answer in time; retrying.</source>
        <translation>Central did not answer in time; retrying.</translation>
    </message>
    <message>
        <source>Central cannot be reached; retrying.</source>
        <translation>Central cannot be reached; retrying.</translation>
    </message>
    <message>
        <source>Central&apos;s answer could not be used; retrying.</source>
        <translation>Central&apos;s answer could not be used; retrying.</translation>
    </message>
    <message>
        <source>Central refused this branch&apos;s token: check central/token.</source>
        <translation>Central refused this branch&apos;s token: check central/token.</translation>
    </message>
    <message>
        <source>Central answered with an error (HTTP %1); retrying.</source>
        <translation>Central answered with an error (HTTP %1); retrying.</translation>
    </message>
    <message>
        <source>The outbox could not be written; retrying.</source>
        <translation>The outbox could not be written; retrying.</translation>
    </message>
    <message>
        <source>central/datasets names &quot;%1&quot;, which is not a reference data set (known: %2).</source>
        <translation>central/datasets names &quot;%1&quot;, which is not a reference data set (known: %2).</translation>
    </message>
    <message>
        <source>central/maxBackoffSeconds &quot;%1&quot; is not a whole number of seconds from 1 to 86400.</source>
        <translation>central/maxBackoffSeconds &quot;%1&quot; is not a whole number of seconds from 1 to 86400.</translation>
    </message>
    <message>
        <source>Central cannot reach its database; the rows wait here and go when it is back.</source>
        <translation>Central cannot reach its database; the rows wait here and go when it is back.</translation>
    </message>
    <message>
        <source>central/keepSentDays &quot;%1&quot; is not a whole number of days from 1 to 3650.</source>
        <translation>central/keepSentDays &quot;%1&quot; is not a whole number of days from 1 to 3650.</translation>
    </message>
</context>
<context>
    <name>saduak::SyncStatus</name>
    <message numerus="yes">
        <source>Central: sent %1 · %n waiting</source>
        <translation>
            <numerusform>Central: sent %1 · %n waiting</numerusform>
            <numerusform>Central: sent %1 · %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Central: nothing sent yet · %n waiting</source>
        <translation>
            <numerusform>Central: nothing sent yet · %n waiting</numerusform>
            <numerusform>Central: nothing sent yet · %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Central: not reachable since %1 · %n waiting</source>
        <translation>
            <numerusform>Central: not reachable since %1 · %n waiting</numerusform>
            <numerusform>Central: not reachable since %1 · %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Central: not reached yet · %n waiting</source>
        <translation>
            <numerusform>Central: not reached yet · %n waiting</numerusform>
            <numerusform>Central: not reached yet · %n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · oldest waiting %n day(s)</source>
        <translation>
            <numerusform> · oldest waiting %n day(s)</numerusform>
            <numerusform> · oldest waiting %n day(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · oldest waiting %n hour(s)</source>
        <translation>
            <numerusform> · oldest waiting %n hour(s)</numerusform>
            <numerusform> · oldest waiting %n hour(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n refused by central</source>
        <translation>
            <numerusform> · %n refused by central</numerusform>
            <numerusform> · %n refused by central</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>saduak::TcpPrinter</name>
    <message>
        <source>The ticket printer is out of paper. Please call a staff member.</source>
        <translation>The ticket printer is out of paper. Please call a staff member.</translation>
    </message>
    <message>
        <source>The ticket printer closed the connection before the ticket was sent. Check that it is switched on.</source>
        <translation>The ticket printer closed the connection before the ticket was sent. Check that it is switched on.</translation>
    </message>
    <message>
        <source>The ticket printer does not answer. Check that it is switched on and connected to the network.</source>
        <translation>The ticket printer does not answer. Check that it is switched on and connected to the network.</translation>
    </message>
    <message>
        <source>The ticket printer did not answer in time.</source>
        <translation>The ticket printer did not answer in time.</translation>
    </message>
    <message>
        <source>The ticket could not be sent to the printer.</source>
        <translation>The ticket could not be sent to the printer.</translation>
    </message>
    <message>
        <source>The ticket printer stopped taking data. Check the paper and the printer cover.</source>
        <translation>The ticket printer stopped taking data. Check the paper and the printer cover.</translation>
    </message>
</context>
<context>
    <name>saduak::ThaiCitizenId</name>
    <message>
        <source>A citizen ID has only digits, with &apos;-&apos; or spaces between groups; %1 is not allowed.</source>
        <translation>A citizen ID has only digits, with &apos;-&apos; or spaces between groups; %1 is not allowed.</translation>
    </message>
    <message>
        <source>No citizen ID was given.</source>
        <translation>No citizen ID was given.</translation>
    </message>
    <message numerus="yes">
        <source>A citizen ID has 13 digits; this one has %n.</source>
        <translation>
            <numerusform>A citizen ID has 13 digits; this one has %n.</numerusform>
            <numerusform>A citizen ID has 13 digits; this one has %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The check digit does not match: this ID was mistyped or is not valid.</source>
        <translation>The check digit does not match: this ID was mistyped or is not valid.</translation>
    </message>
</context>
<context>
    <name>saduak::TicketPrinter</name>
    <message>
        <source>&quot;%1&quot; is not a printer address. Use socket://host:9100, a device path such as /dev/usb/lp0, cups:QUEUE, or pdf:/folder for PDF files.</source>
        <translation>&quot;%1&quot; is not a printer address. Use socket://host:9100, a device path such as /dev/usb/lp0, cups:QUEUE, or pdf:/folder for PDF files.</translation>
    </message>
</context>
<context>
    <name>saduak::civilregistration::RequestEvaluator</name>
    <message>
        <source>No rules for the request type &quot;%1&quot; are in force on %2.</source>
        <translation>No rules for the request type &quot;%1&quot; are in force on %2.</translation>
    </message>
    <message>
        <source>The date of the event (&quot;%1&quot;) is needed to know whether the request is on time.</source>
        <translation>The date of the event (&quot;%1&quot;) is needed to know whether the request is on time.</translation>
    </message>
    <message>
        <source>The event cannot be after the filing of the request.</source>
        <translation>The event cannot be after the filing of the request.</translation>
    </message>
    <message>
        <source>The fee depends on &quot;%1&quot;, which is not answered with one of its choices.</source>
        <translation>The fee depends on &quot;%1&quot;, which is not answered with one of its choices.</translation>
    </message>
    <message>
        <source>The fee is counted by &quot;%1&quot;, which must be a whole number from 1 to 1000.</source>
        <translation>The fee is counted by &quot;%1&quot;, which must be a whole number from 1 to 1000.</translation>
    </message>
</context>
<context>
    <name>saduak::civilregistration::RequestTypeRules</name>
    <message>
        <source>The person concerned</source>
        <translation>The person concerned</translation>
    </message>
    <message>
        <source>The house master</source>
        <translation>The house master</translation>
    </message>
    <message>
        <source>A parent</source>
        <translation>A parent</translation>
    </message>
    <message>
        <source>A proxy with a letter of authority</source>
        <translation>A proxy with a letter of authority</translation>
    </message>
    <message>
        <source>Civil registration rule item &quot;%1&quot;: %2</source>
        <translation>Civil registration rule item &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a text.</source>
        <translation>&quot;%1&quot; is missing or not a text.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing.</source>
        <translation>&quot;%1&quot; is missing.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number of 0 or more.</source>
        <translation>&quot;%1&quot; must be a whole number of 0 or more.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number above 0.</source>
        <translation>&quot;%1&quot; must be a whole number above 0.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a list.</source>
        <translation>&quot;%1&quot; is missing or not a list.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not an object.</source>
        <translation>&quot;%1&quot; is missing or not an object.</translation>
    </message>
    <message>
        <source>the type &quot;%1&quot; must be a name of letters and digits, such as birthNotification.</source>
        <translation>the type &quot;%1&quot; must be a name of letters and digits, such as birthNotification.</translation>
    </message>
    <message>
        <source>&quot;effectiveFrom&quot; is not a date written as YYYY-MM-DD (%1).</source>
        <translation>&quot;effectiveFrom&quot; is not a date written as YYYY-MM-DD (%1).</translation>
    </message>
    <message>
        <source>the key must be &quot;%1&quot; (the type, @, the date it takes effect).</source>
        <translation>the key must be &quot;%1&quot; (the type, @, the date it takes effect).</translation>
    </message>
    <message>
        <source>the field name &quot;%1&quot; must be letters and digits, such as birthDate.</source>
        <translation>the field name &quot;%1&quot; must be letters and digits, such as birthDate.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is listed twice.</source>
        <translation>the field &quot;%1&quot; is listed twice.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; has the kind &quot;%2&quot;, which is none of text, date, time, dateTime, thaiId, houseCode, address, choice, number.</source>
        <translation>the field &quot;%1&quot; has the kind &quot;%2&quot;, which is none of text, date, time, dateTime, thaiId, houseCode, address, choice, number.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; must be true or false.</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is to be filled from &quot;%2&quot;, which the ID card does not hold (%3).</source>
        <translation>the field &quot;%1&quot; is to be filled from &quot;%2&quot;, which the ID card does not hold (%3).</translation>
    </message>
    <message>
        <source>the choice field &quot;%1&quot; lists no &quot;options&quot;.</source>
        <translation>the choice field &quot;%1&quot; lists no &quot;options&quot;.</translation>
    </message>
    <message>
        <source>&quot;fields&quot; lists no field.</source>
        <translation>&quot;fields&quot; lists no field.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a filer: person, houseMaster, parent or proxy.</source>
        <translation>&quot;%1&quot; is not a filer: person, houseMaster, parent or proxy.</translation>
    </message>
    <message>
        <source>&quot;filers&quot; names nobody.</source>
        <translation>&quot;filers&quot; names nobody.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names a filer who may not file this request.</source>
        <translation>&quot;%1&quot; names a filer who may not file this request.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be idCard or registry.</source>
        <translation>&quot;%1&quot; must be idCard or registry.</translation>
    </message>
    <message>
        <source>&quot;deadline.from&quot; must name a date or dateTime field of this type; &quot;%1&quot; is not one.</source>
        <translation>&quot;deadline.from&quot; must name a date or dateTime field of this type; &quot;%1&quot; is not one.</translation>
    </message>
    <message>
        <source>&quot;deadline&quot; must give either &quot;days&quot; or &quot;hours&quot;, not both or neither.</source>
        <translation>&quot;deadline&quot; must give either &quot;days&quot; or &quot;hours&quot;, not both or neither.</translation>
    </message>
    <message>
        <source>a deadline in hours counts from a dateTime field; &quot;%1&quot; is a date.</source>
        <translation>a deadline in hours counts from a dateTime field; &quot;%1&quot; is a date.</translation>
    </message>
    <message>
        <source>&quot;lateFine&quot; is given but there is no &quot;deadline&quot; to be late for.</source>
        <translation>&quot;lateFine&quot; is given but there is no &quot;deadline&quot; to be late for.</translation>
    </message>
    <message>
        <source>&quot;fee.by&quot; must name a choice field of this type; &quot;%1&quot; is not one.</source>
        <translation>&quot;fee.by&quot; must name a choice field of this type; &quot;%1&quot; is not one.</translation>
    </message>
    <message>
        <source>&quot;fee.per&quot; must name a number field of this type; &quot;%1&quot; is not one.</source>
        <translation>&quot;fee.per&quot; must name a number field of this type; &quot;%1&quot; is not one.</translation>
    </message>
</context>
<context>
    <name>saduak::civilregistration::RuleBook</name>
    <message>
        <source>Civil registration rule item &quot;%1&quot;: its version %2 takes effect after item &quot;%3&quot; but is not higher than its version %4.</source>
        <translation>Civil registration rule item &quot;%1&quot;: its version %2 takes effect after item &quot;%3&quot; but is not higher than its version %4.</translation>
    </message>
    <message>
        <source>There are no civil registration rules for the request type &quot;%1&quot;.</source>
        <translation>There are no civil registration rules for the request type &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::AreaPicker</name>
    <message>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>District (amphoe)</source>
        <translation>District (amphoe)</translation>
    </message>
    <message>
        <source>Subdistrict (tambon)</source>
        <translation>Subdistrict (tambon)</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::AttachmentArea</name>
    <message>
        <source>A complaint can carry at most %1 files. Remove one to attach another.</source>
        <translation>A complaint can carry at most %1 files. Remove one to attach another.</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <source>Photos and PDF documents (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</source>
        <translation>Photos and PDF documents (*.jpg *.jpeg *.png *.pdf *.JPG *.JPEG *.PNG *.PDF)</translation>
    </message>
    <message>
        <source>No scanner folder is set for this computer (setting modules/complaints/scannerFolder). Use Attach a file… instead.</source>
        <translation>No scanner folder is set for this computer (setting modules/complaints/scannerFolder). Use Attach a file… instead.</translation>
    </message>
    <message>
        <source>The scanner folder %1 cannot be read. Check that the scanner&apos;s share is connected, or use Attach a file… instead.</source>
        <translation>The scanner folder %1 cannot be read. Check that the scanner&apos;s share is connected, or use Attach a file… instead.</translation>
    </message>
    <message>
        <source>From the scanner</source>
        <translation>From the scanner</translation>
    </message>
    <message>
        <source>There are no scans in the scanner&apos;s folder yet. Scan the document, then try again.</source>
        <translation>There are no scans in the scanner&apos;s folder yet. Scan the document, then try again.</translation>
    </message>
    <message>
        <source>The newest scans first. Choose the one to attach.</source>
        <translation>The newest scans first. Choose the one to attach.</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Scanned</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Attach</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation>No files attached.</translation>
    </message>
    <message>
        <source>Attach a file…</source>
        <translation>Attach a file…</translation>
    </message>
    <message>
        <source>From the scanner…</source>
        <translation>From the scanner…</translation>
    </message>
    <message>
        <source>Photos (JPEG or PNG) and PDF documents, up to 5 MB each, at most %1 files.</source>
        <translation>Photos (JPEG or PNG) and PDF documents, up to 5 MB each, at most %1 files.</translation>
    </message>
    <message>
        <source>Sending attachments… %p%</source>
        <extracomment>%p is the percentage Qt fills in</extracomment>
        <translation>Sending attachments… %p%</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::AttachmentIntake</name>
    <message>
        <source>The file that reached the branch hub is not the one that was sent (its size or checksum does not add up), so it was not kept. Please attach it again.</source>
        <translation>The file that reached the branch hub is not the one that was sent (its size or checksum does not add up), so it was not kept. Please attach it again.</translation>
    </message>
    <message>
        <source>The file is not the type it was sent as, or not a type a complaint may carry: only photos (JPEG or PNG) and PDF documents can be attached.</source>
        <translation>The file is not the type it was sent as, or not a type a complaint may carry: only photos (JPEG or PNG) and PDF documents can be attached.</translation>
    </message>
    <message>
        <source>The branch hub could not read or save the attachment, so nothing was changed. Please try again.</source>
        <translation>The branch hub could not read or save the attachment, so nothing was changed. Please try again.</translation>
    </message>
    <message>
        <source>An attachment is named by the SHA-256 of its bytes: 64 digits 0-9 and a-f in lower case.</source>
        <translation>An attachment is named by the SHA-256 of its bytes: 64 digits 0-9 and a-f in lower case.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB. Please scan it at a lower resolution or attach it in parts.</source>
        <translation>The file is larger than %1 MB. Please scan it at a lower resolution or attach it in parts.</translation>
    </message>
    <message>
        <source>The field &quot;data&quot; holds the next bytes of the file in base64, at most %1 bytes a message.</source>
        <translation>The field &quot;data&quot; holds the next bytes of the file in base64, at most %1 bytes a message.</translation>
    </message>
    <message>
        <source>Each attachment of a complaint is an object with the file&apos;s sha256 (64 digits 0-9 and a-f in lower case) and its name.</source>
        <translation>Each attachment of a complaint is an object with the file&apos;s sha256 (64 digits 0-9 and a-f in lower case) and its name.</translation>
    </message>
    <message>
        <source>A complaint can carry at most %1 files. Please leave some out.</source>
        <translation>A complaint can carry at most %1 files. Please leave some out.</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; has not reached the branch hub whole, or it was sent more than a day ago. Please attach it again.</source>
        <translation>The file &quot;%1&quot; has not reached the branch hub whole, or it was sent more than a day ago. Please attach it again.</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::AttachmentListModel</name>
    <message>
        <source>The file could not be opened. Please choose it again or scan it again.</source>
        <translation>The file could not be opened. Please choose it again or scan it again.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>JPEG photo</source>
        <translation>JPEG photo</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::AttachmentRule</name>
    <message>
        <source>The file is empty. Please choose the scan or photo again.</source>
        <translation>The file is empty. Please choose the scan or photo again.</translation>
    </message>
    <message>
        <source>Only photos (JPEG or PNG) and PDF documents can be attached.</source>
        <translation>Only photos (JPEG or PNG) and PDF documents can be attached.</translation>
    </message>
    <message>
        <source>The file is larger than 5 MB. Please scan it at a lower resolution or attach it in parts.</source>
        <translation>The file is larger than 5 MB. Please scan it at a lower resolution or attach it in parts.</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::AttachmentUpload</name>
    <message>
        <source>The branch hub stopped answering while the attachments were being sent. Nothing is lost: when the network is back, press File the complaint again to go on.</source>
        <translation>The branch hub stopped answering while the attachments were being sent. Nothing is lost: when the network is back, press File the complaint again to go on.</translation>
    </message>
    <message>
        <source>The branch hub gave an answer this computer does not understand, so the attachments were not sent. Please tell the branch&apos;s IT support.</source>
        <translation>The branch hub gave an answer this computer does not understand, so the attachments were not sent. Please tell the branch&apos;s IT support.</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::ComplaintFormCheck</name>
    <message>
        <source>Choose the province.</source>
        <translation>Choose the province.</translation>
    </message>
    <message>
        <source>A province code has 2 digits.</source>
        <translation>A province code has 2 digits.</translation>
    </message>
    <message>
        <source>Choose the district (amphoe).</source>
        <translation>Choose the district (amphoe).</translation>
    </message>
    <message>
        <source>A district code has 4 digits and begins with its province&apos;s code.</source>
        <translation>A district code has 4 digits and begins with its province&apos;s code.</translation>
    </message>
    <message>
        <source>Choose the subdistrict (tambon).</source>
        <translation>Choose the subdistrict (tambon).</translation>
    </message>
    <message>
        <source>A subdistrict code has 6 digits and begins with its district&apos;s code.</source>
        <translation>A subdistrict code has 6 digits and begins with its district&apos;s code.</translation>
    </message>
    <message>
        <source>Give both latitude and longitude, or neither.</source>
        <translation>Give both latitude and longitude, or neither.</translation>
    </message>
    <message>
        <source>A latitude is a number from -90 to 90.</source>
        <translation>A latitude is a number from -90 to 90.</translation>
    </message>
    <message>
        <source>A longitude is a number from -180 to 180.</source>
        <translation>A longitude is a number from -180 to 180.</translation>
    </message>
    <message>
        <source>The place is outside Thailand: check the latitude and longitude.</source>
        <translation>The place is outside Thailand: check the latitude and longitude.</translation>
    </message>
    <message>
        <source>The complainant is given with a citizen ID and names, or left out for an anonymous complaint.</source>
        <translation>The complainant is given with a citizen ID and names, or left out for an anonymous complaint.</translation>
    </message>
    <message>
        <source>The complainant&apos;s citizen ID is not a valid 13-digit number.</source>
        <translation>The complainant&apos;s citizen ID is not a valid 13-digit number.</translation>
    </message>
    <message>
        <source>Write the complainant&apos;s first name.</source>
        <translation>Write the complainant&apos;s first name.</translation>
    </message>
    <message>
        <source>Write the complainant&apos;s last name.</source>
        <translation>Write the complainant&apos;s last name.</translation>
    </message>
    <message>
        <source>A phone number is a Thai mobile number of 10 digits beginning with 06, 08 or 09, or a landline number of 9 digits beginning with 02 to 07.</source>
        <translation>A phone number is a Thai mobile number of 10 digits beginning with 06, 08 or 09, or a landline number of 9 digits beginning with 02 to 07.</translation>
    </message>
    <message>
        <source>This is not an e-mail address, like name@example.com.</source>
        <translation>This is not an e-mail address, like name@example.com.</translation>
    </message>
    <message>
        <source>Choose the complaint&apos;s category.</source>
        <translation>Choose the complaint&apos;s category.</translation>
    </message>
    <message>
        <source>Write a subject.</source>
        <translation>Write a subject.</translation>
    </message>
    <message>
        <source>The subject has %1 characters; at most %2 fit.</source>
        <translation>The subject has %1 characters; at most %2 fit.</translation>
    </message>
    <message>
        <source>Describe the complaint.</source>
        <translation>Describe the complaint.</translation>
    </message>
    <message>
        <source>The description has %1 characters; at most %2 fit.</source>
        <translation>The description has %1 characters; at most %2 fit.</translation>
    </message>
    <message>
        <source>The privacy notice has to be read and acknowledged before the complaint is filed.</source>
        <translation>The privacy notice has to be read and acknowledged before the complaint is filed.</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::ComplaintIntakeForm</name>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Choose a category</source>
        <translation>Choose a category</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>In a few words: what is wrong?</source>
        <translation>In a few words: what is wrong?</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Where, when, who is affected</source>
        <translation>Where, when, who is affected</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Phone (optional)</source>
        <translation>Phone (optional)</translation>
    </message>
    <message>
        <source>E-mail (optional)</source>
        <translation>E-mail (optional)</translation>
    </message>
    <message>
        <source>Complainant</source>
        <translation>Complainant</translation>
    </message>
    <message>
        <source>No ID card read: the complaint is filed without a name.</source>
        <translation>No ID card read: the complaint is filed without a name.</translation>
    </message>
    <message>
        <source>Anonymous: your name and ID are not sent with the complaint.</source>
        <translation>Anonymous: your name and ID are not sent with the complaint.</translation>
    </message>
    <message>
        <source>%1, ID %2</source>
        <translation>%1, ID %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>File anonymously</source>
        <translation>File anonymously</translation>
    </message>
    <message>
        <source>Privacy notice. The center takes complaints as a public task of the state (Personal Data Protection Act B.E. 2562, section 24(4)); your consent is not what allows it, and you may file without your name. We keep the complaint, the place, the phone and e-mail you give, the files you attach and, unless you file anonymously, your ID number and name from your card, to handle the complaint and tell you the result. They are kept for five years after the complaint is closed, then deleted. Only the officers of this center and of the agency that handles the complaint see them; your name, ID and contact are never printed on the receipt nor shown on a status screen. You may ask at any counter to see or correct them.</source>
        <translation>Privacy notice. The center takes complaints as a public task of the state (Personal Data Protection Act B.E. 2562, section 24(4)); your consent is not what allows it, and you may file without your name. We keep the complaint, the place, the phone and e-mail you give, the files you attach and, unless you file anonymously, your ID number and name from your card, to handle the complaint and tell you the result. They are kept for five years after the complaint is closed, then deleted. Only the officers of this center and of the agency that handles the complaint see them; your name, ID and contact are never printed on the receipt nor shown on a status screen. You may ask at any counter to see or correct them.</translation>
    </message>
    <message>
        <source>I have read the privacy notice</source>
        <translation>I have read the privacy notice</translation>
    </message>
    <message>
        <source>File the complaint</source>
        <translation>File the complaint</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::ComplaintKioskPage</name>
    <message>
        <source>File a complaint</source>
        <translation>File a complaint</translation>
    </message>
    <message>
        <source>Your complaint has been filed. Its tracking number:</source>
        <translation>Your complaint has been filed. Its tracking number:</translation>
    </message>
    <message>
        <source>Filed on %1 (%2). You will have an answer by %3.</source>
        <translation>Filed on %1 (%2). You will have an answer by %3.</translation>
    </message>
    <message>
        <source>Your receipt is being printed…</source>
        <translation>Your receipt is being printed…</translation>
    </message>
    <message>
        <source>Take your receipt: it has the number and a QR code to follow your complaint.</source>
        <translation>Take your receipt: it has the number and a QR code to follow your complaint.</translation>
    </message>
    <message>
        <source>The receipt could not be printed (%1). Please write down the number.</source>
        <translation>The receipt could not be printed (%1). Please write down the number.</translation>
    </message>
    <message>
        <source>This kiosk has no printer: please write down the number.</source>
        <translation>This kiosk has no printer: please write down the number.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::ComplaintListModel</name>
    <message>
        <source>Overdue: the answer was due by %1.</source>
        <translation>Overdue: the answer was due by %1.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Filed</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Overdue?</source>
        <translation>Overdue?</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::ComplaintPanel</name>
    <message>
        <source>New complaint</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <source>This branch&apos;s complaints</source>
        <translation>This branch&apos;s complaints</translation>
    </message>
    <message>
        <source>Filed as %1 on %2, due by %3. The receipt goes to the receipt printer.</source>
        <translation>Filed as %1 on %2, due by %3. The receipt goes to the receipt printer.</translation>
    </message>
    <message>
        <source>Type the tracking number or scan the receipt&apos;s QR code.</source>
        <translation>Type the tracking number or scan the receipt&apos;s QR code.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n complaint</numerusform>
            <numerusform>%n complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the QR from an image</source>
        <translation>Read the QR from an image</translation>
    </message>
    <message>
        <source>Read the QR from an image…</source>
        <translation>Read the QR from an image…</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::ComplaintReceipt</name>
    <message>
        <source>Complaint receipt</source>
        <translation>Complaint receipt</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>Filed on</source>
        <translation>Filed on</translation>
    </message>
    <message>
        <source>Answer due by</source>
        <translation>Answer due by</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Scan the code or type the tracking number at a kiosk to see where your complaint stands.</source>
        <translation>Scan the code or type the tracking number at a kiosk to see where your complaint stands.</translation>
    </message>
    <message>
        <source>What happens next: the center registers your complaint and sends it to the agency responsible. You will have an answer within 15 days of filing; if it takes longer you are told why. Keep this receipt.</source>
        <translation>What happens next: the center registers your complaint and sends it to the agency responsible. You will have an answer within 15 days of filing; if it takes longer you are told why. Keep this receipt.</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::ComplaintStatusPage</name>
    <message>
        <source>Where does my complaint stand?</source>
        <translation>Where does my complaint stand?</translation>
    </message>
    <message>
        <source>Type the tracking number from your receipt, or hold the receipt&apos;s QR code under the scanner.</source>
        <translation>Type the tracking number from your receipt, or hold the receipt&apos;s QR code under the scanner.</translation>
    </message>
    <message>
        <source>e.g. B001-691207-0042-71</source>
        <translation>e.g. B001-691207-0042-71</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::ComplaintStatusView</name>
    <message>
        <source>That is not a tracking number.</source>
        <translation>That is not a tracking number.</translation>
    </message>
    <message>
        <source>Tracking number: %1</source>
        <translation>Tracking number: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message>
        <source>Filed on %1; the answer is due by %2.</source>
        <translation>Filed on %1; the answer is due by %2.</translation>
    </message>
    <message>
        <source>Overdue: the answer was due by %1.</source>
        <translation>Overdue: the answer was due by %1.</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>History:</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::ComplaintWorkflow</name>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Registered</translation>
    </message>
    <message>
        <source>Forwarded to an agency</source>
        <translation>Forwarded to an agency</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Waiting for information</source>
        <translation>Waiting for information</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Escalated</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Out of jurisdiction</source>
        <translation>Out of jurisdiction</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Reopened</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Register</translation>
    </message>
    <message>
        <source>Forward to an agency</source>
        <translation>Forward to an agency</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Start work</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Resolve</translation>
    </message>
    <message>
        <source>Close (complainant informed)</source>
        <translation>Close (complainant informed)</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <source>Mark as out of jurisdiction</source>
        <translation>Mark as out of jurisdiction</translation>
    </message>
    <message>
        <source>Mark as duplicate</source>
        <translation>Mark as duplicate</translation>
    </message>
    <message>
        <source>Ask for information</source>
        <translation>Ask for information</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalate</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reopen</translation>
    </message>
    <message>
        <source>“%1” is not allowed for a complaint that is “%2”.</source>
        <translation>“%1” is not allowed for a complaint that is “%2”.</translation>
    </message>
    <message>
        <source>“%1” needs a note saying why, or how the complainant was informed.</source>
        <translation>“%1” needs a note saying why, or how the complainant was informed.</translation>
    </message>
    <message>
        <source>Choose the complaint&apos;s category to register it.</source>
        <translation>Choose the complaint&apos;s category to register it.</translation>
    </message>
    <message>
        <source>Choose the agency to forward the complaint to.</source>
        <translation>Choose the agency to forward the complaint to.</translation>
    </message>
    <message>
        <source>Give the tracking number of the original complaint.</source>
        <translation>Give the tracking number of the original complaint.</translation>
    </message>
    <message>
        <source>A complaint cannot be a duplicate of itself: give the tracking number of the original.</source>
        <translation>A complaint cannot be a duplicate of itself: give the tracking number of the original.</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::ComplaintsHubPart</name>
    <message>
        <source>The branch hub could not read or save the complaint, so nothing was changed. Please try again.</source>
        <translation>The branch hub could not read or save the complaint, so nothing was changed. Please try again.</translation>
    </message>
    <message>
        <source>This branch has no branch code for complaints yet (the hub&apos;s setting %1), so no complaint can be filed. Please call support.</source>
        <translation>This branch has no branch code for complaints yet (the hub&apos;s setting %1), so no complaint can be filed. Please call support.</translation>
    </message>
    <message>
        <source>The branch code for complaints (the hub&apos;s setting %1) is &quot;%2&quot;, which is not a branch code (1 to 8 capital letters A-Z and digits), so no complaint can be filed. Please call support.</source>
        <translation>The branch code for complaints (the hub&apos;s setting %1) is &quot;%2&quot;, which is not a branch code (1 to 8 capital letters A-Z and digits), so no complaint can be filed. Please call support.</translation>
    </message>
    <message>
        <source>The category &quot;%1&quot; is not one of the branch&apos;s complaint categories. Please choose one from the list.</source>
        <translation>The category &quot;%1&quot; is not one of the branch&apos;s complaint categories. Please choose one from the list.</translation>
    </message>
    <message>
        <source>The province, amphoe and tambon are not one place in the branch&apos;s list of areas. Please choose them again from the list.</source>
        <translation>The province, amphoe and tambon are not one place in the branch&apos;s list of areas. Please choose them again from the list.</translation>
    </message>
    <message>
        <source>This branch has given out all of today&apos;s 9999 complaint numbers. Please file the complaint tomorrow or at another branch.</source>
        <translation>This branch has given out all of today&apos;s 9999 complaint numbers. Please file the complaint tomorrow or at another branch.</translation>
    </message>
    <message>
        <source>There is no complaint %1, at this branch or from central. Please check the number; a complaint filed at another branch shows here once central has sent its state.</source>
        <translation>There is no complaint %1, at this branch or from central. Please check the number; a complaint filed at another branch shows here once central has sent its state.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a province code (2 digits) or an amphoe code (4 digits).</source>
        <translation>&quot;%1&quot; is not a province code (2 digits) or an amphoe code (4 digits).</translation>
    </message>
    <message>
        <source>Files can be attached to a complaint at a counter only, not at a kiosk.</source>
        <translation>Files can be attached to a complaint at a counter only, not at a kiosk.</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::ReceiptQrImage</name>
    <message>
        <source>This file cannot be read as an image. Choose a photo or a scan of the receipt (PNG or JPEG).</source>
        <translation>This file cannot be read as an image. Choose a photo or a scan of the receipt (PNG or JPEG).</translation>
    </message>
    <message>
        <source>No QR code could be read in this image. Take the photo again, closer and sharper, or type the tracking number.</source>
        <translation>No QR code could be read in this image. Take the photo again, closer and sharper, or type the tracking number.</translation>
    </message>
    <message>
        <source>The QR code in this image is not a complaint receipt&apos;s: it holds no tracking number.</source>
        <translation>The QR code in this image is not a complaint receipt&apos;s: it holds no tracking number.</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <translation>Images (%1)</translation>
    </message>
</context>
<context>
    <name>saduak::complaints::TrackingNumber</name>
    <message>
        <source>The branch code “%1” cannot be used in a tracking number: it has 1 to 8 letters A–Z and digits, in upper case.</source>
        <translation>The branch code “%1” cannot be used in a tracking number: it has 1 to 8 letters A–Z and digits, in upper case.</translation>
    </message>
    <message>
        <source>The sequence %1 cannot be used in a tracking number: a branch numbers 1 to %2 complaints a day.</source>
        <translation>The sequence %1 cannot be used in a tracking number: a branch numbers 1 to %2 complaints a day.</translation>
    </message>
    <message>
        <source>A tracking number can only be made for a date in the Buddhist-Era years %1 to %2.</source>
        <translation>A tracking number can only be made for a date in the Buddhist-Era years %1 to %2.</translation>
    </message>
    <message>
        <source>A tracking number has only letters and digits, with &apos;-&apos; or spaces between groups; %1 is not allowed.</source>
        <translation>A tracking number has only letters and digits, with &apos;-&apos; or spaces between groups; %1 is not allowed.</translation>
    </message>
    <message>
        <source>No tracking number was given.</source>
        <translation>No tracking number was given.</translation>
    </message>
    <message>
        <source>This does not have the groups of a tracking number: the branch code, then 6 digits of the date, 4 of the sequence and 2 check digits, like B001-691207-0042-71.</source>
        <translation>This does not have the groups of a tracking number: the branch code, then 6 digits of the date, 4 of the sequence and 2 check digits, like B001-691207-0042-71.</translation>
    </message>
    <message>
        <source>A tracking number has a branch code of 1 to 8 letters and digits, then 14 digits, like B001-691207-0042-71; this has %1 letters and digits.</source>
        <translation>A tracking number has a branch code of 1 to 8 letters and digits, then 14 digits, like B001-691207-0042-71; this has %1 letters and digits.</translation>
    </message>
    <message>
        <source>The last 14 characters of a tracking number are digits, like B001-691207-0042-71; this has a letter among them.</source>
        <translation>The last 14 characters of a tracking number are digits, like B001-691207-0042-71; this has a letter among them.</translation>
    </message>
    <message>
        <source>The date in this tracking number is not a day that exists (YYMMDD, the year of the Buddhist Era, the month, the day).</source>
        <translation>The date in this tracking number is not a day that exists (YYMMDD, the year of the Buddhist Era, the month, the day).</translation>
    </message>
    <message>
        <source>A tracking number&apos;s sequence starts at 0001; 0000 is never given.</source>
        <translation>A tracking number&apos;s sequence starts at 0001; 0000 is never given.</translation>
    </message>
    <message>
        <source>The tracking number&apos;s check digits do not match: a character may be wrong or two may be swapped. Please check the number on the receipt.</source>
        <translation>The tracking number&apos;s check digits do not match: a character may be wrong or two may be swapped. Please check the number on the receipt.</translation>
    </message>
</context>
<context>
    <name>saduak::idcard::CardMessages</name>
    <message>
        <source>The card was read.</source>
        <translation>The card was read.</translation>
    </message>
    <message>
        <source>The smart card service (pcscd) is not running on this computer. Ask the IT officer to start it.</source>
        <translation>The smart card service (pcscd) is not running on this computer. Ask the IT officer to start it.</translation>
    </message>
    <message>
        <source>No card reader was found. Check that the card reader is plugged in.</source>
        <translation>No card reader was found. Check that the card reader is plugged in.</translation>
    </message>
    <message>
        <source>There is no card in the reader. Insert the ID card with the chip facing up.</source>
        <translation>There is no card in the reader. Insert the ID card with the chip facing up.</translation>
    </message>
    <message>
        <source>The card was taken out before reading finished. Insert it again and leave it in until the data appears.</source>
        <translation>The card was taken out before reading finished. Insert it again and leave it in until the data appears.</translation>
    </message>
    <message>
        <source>Another program interrupted the card reader. Read the card again.</source>
        <translation>Another program interrupted the card reader. Read the card again.</translation>
    </message>
    <message>
        <source>Another program is using the card. Close it and read the card again.</source>
        <translation>Another program is using the card. Close it and read the card again.</translation>
    </message>
    <message>
        <source>This card is not a Thai national ID card. Ask for the ID card.</source>
        <translation>This card is not a Thai national ID card. Ask for the ID card.</translation>
    </message>
    <message>
        <source>The card answered, but its data could not be read. Try again; if it happens again, check the card and enter the data by hand.</source>
        <translation>The card answered, but its data could not be read. Try again; if it happens again, check the card and enter the data by hand.</translation>
    </message>
    <message>
        <source>The card reader reported an error. Take the card out and read it again.</source>
        <translation>The card reader reported an error. Take the card out and read it again.</translation>
    </message>
    <message>
        <source>This ID card expired on %1. It can still be used to identify the person where the law allows, but ask the citizen to renew it.</source>
        <translation>This ID card expired on %1. It can still be used to identify the person where the law allows, but ask the citizen to renew it.</translation>
    </message>
    <message>
        <source>The ID number on this card fails its check digit. Check the card carefully before using it.</source>
        <translation>The ID number on this card fails its check digit. Check the card carefully before using it.</translation>
    </message>
    <message>
        <source>Lifelong</source>
        <translation>Lifelong</translation>
    </message>
</context>
<context>
    <name>saduak::idcard::CardReadAudit</name>
    <message>
        <source>The branch hub cannot record card reads (its audit key is missing), so the card is not shown. Call support.</source>
        <translation>The branch hub cannot record card reads (its audit key is missing), so the card is not shown. Call support.</translation>
    </message>
    <message>
        <source>The card read to record is not complete.</source>
        <translation>The card read to record is not complete.</translation>
    </message>
    <message>
        <source>The card read could not be recorded, so the card is not shown. Please try again.</source>
        <translation>The card read could not be recorded, so the card is not shown. Please try again.</translation>
    </message>
</context>
<context>
    <name>saduak::idcard::IdCardPanel</name>
    <message>
        <source>Insert the citizen&apos;s ID card into the card reader.</source>
        <translation>Insert the citizen&apos;s ID card into the card reader.</translation>
    </message>
    <message>
        <source>Reading the ID card… Leave it in the reader.</source>
        <translation>Reading the ID card… Leave it in the reader.</translation>
    </message>
    <message>
        <source>The ID card was read.</source>
        <translation>The ID card was read.</translation>
    </message>
    <message>
        <source>The card was read, but the read could not be recorded in the audit log, so its data is not shown. Tell support.</source>
        <translation>The card was read, but the read could not be recorded in the audit log, so its data is not shown. Tell support.</translation>
    </message>
    <message>
        <source>Read the card again</source>
        <translation>Read the card again</translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation>Citizen ID</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Card expires</source>
        <translation>Card expires</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>No photo</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year(s)</numerusform>
            <numerusform>%n year(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) (the card has no day or month of birth)</source>
        <translation>
            <numerusform>%n year(s) (the card has no day or month of birth)</numerusform>
            <numerusform>%n year(s) (the card has no day or month of birth)</numerusform>
        </translation>
    </message>
</context>
</TS>
