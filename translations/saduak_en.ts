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
        <source>Screen to show: counter, kiosk or display.</source>
        <translation>Screen to show: counter, kiosk or display.</translation>
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
        <source>Unknown mode &quot;%1&quot;: use counter, kiosk or display.</source>
        <translation>Unknown mode &quot;%1&quot;: use counter, kiosk or display.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use th or en.</source>
        <translation>Unknown language &quot;%1&quot;: use th or en.</translation>
    </message>
</context>
<context>
    <name>saduak::CounterWindow</name>
    <message numerus="yes">
        <source>%1  %2 (target wait %n min)</source>
        <translation>
            <numerusform>%1  %2 (target wait %n min)</numerusform>
            <numerusform>%1  %2 (target wait %n min)</numerusform>
        </translation>
    </message>
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
        <source>Government Center — demo branch</source>
        <translation>Government Center — demo branch</translation>
    </message>
    <message>
        <source>This PC is</source>
        <translation>This PC is</translation>
    </message>
    <message>
        <source>Ticket being served</source>
        <translation>Ticket being served</translation>
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
</context>
<context>
    <name>saduak::DisplayWindow</name>
    <message>
        <source>Display board</source>
        <translation>Display board</translation>
    </message>
    <message>
        <source>Government Center — demo branch</source>
        <translation>Government Center — demo branch</translation>
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
</TS>
