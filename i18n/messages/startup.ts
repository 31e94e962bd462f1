// What is wrong with the ledger file at start, and what the user can do about it; and the notice
// shown while a ledger can only be viewed. The Electron dialog, the preview's console and the
// app's banner render these (db/client.ts raises them as Messages).
import { defineMessages } from '../../domain/message-text';

export const startupMessages = defineMessages({
  'startup.title': {
    nl: 'Belwijzer kan niet starten',
    en: 'Belwijzer cannot start',
  },
  'startup.alreadyRunning': {
    nl: 'Belwijzer draait al, met de administratie {file}. Sluit Belwijzer eerst om {requested} te openen.',
    en: 'Belwijzer is already running, with the ledger {file}. Close Belwijzer first to open {requested}.',
  },
  'startup.foreignFile': {
    nl: '{file} is geen administratie van Belwijzer: het bestand hoort bij een ander programma. Belwijzer heeft er niets aan veranderd. Kies met --db een ander bestand, of start zonder --db om uw eigen administratie te openen.',
    en: '{file} is not a Belwijzer ledger: the file belongs to another application. Belwijzer has not changed it. Choose another file with --db, or start without --db to open your own ledger.',
  },
  'startup.notADatabase': {
    nl: '{file} is geen database die Belwijzer kan lezen (een ander soort bestand, of beschadigd). Belwijzer heeft er niets aan veranderd. Kies met --db een ander bestand, of zet een reservekopie terug.',
    en: '{file} is not a database Belwijzer can read (another kind of file, or damaged). Belwijzer has not changed it. Choose another file with --db, or restore a backup.',
  },
  'startup.newerLedger': {
    nl: '{file} is bijgewerkt door een nieuwere versie van Belwijzer dan deze. Deze versie kan het niet veilig openen en heeft er niets aan veranderd. Werk Belwijzer bij naar de nieuwste versie en open het bestand daarmee.',
    en: '{file} was updated by a newer version of Belwijzer than this one. This version cannot open it safely and has not changed it. Update Belwijzer to the latest version and open the file with that.',
  },
  'startup.migrationFailed': {
    nl: 'De administratie {file} kon niet worden bijgewerkt voor deze versie: {reason}. Er is niets gewijzigd{backup, select, none {.} other {; een kopie van vóór het bijwerken staat in {backup}.}}',
    en: 'The ledger {file} could not be updated for this version: {reason}. Nothing was changed{backup, select, none {.} other {; a copy from before the update is in {backup}.}}',
  },
  'startup.backupFailed': {
    nl: 'Voordat {file} wordt bijgewerkt, maakt Belwijzer er een kopie van in {folder}; dat lukte niet, er is geen kopie. Er is niets gewijzigd. Zorg dat de map schrijfbaar is en start Belwijzer opnieuw.',
    en: 'Before updating {file}, Belwijzer copies it into {folder}; that failed, there is no copy. Nothing was changed. Make sure the folder is writable and start Belwijzer again.',
  },
  'startup.backupFailedDiskFull': {
    nl: 'Voordat {file} wordt bijgewerkt, maakt Belwijzer er een kopie van, maar de schijf is vol. Er is geen kopie gemaakt en niets gewijzigd. Maak ruimte vrij op de schijf en start Belwijzer opnieuw.',
    en: 'Before updating {file}, Belwijzer copies it, but the disk is full. No copy was made and nothing was changed. Free some disk space and start Belwijzer again.',
  },
  'startup.diskFull': {
    nl: 'De schijf met {file} is vol. Er is niets gewijzigd{backup, select, none {.} other {; een kopie van vóór het bijwerken staat in {backup}.}} Maak ruimte vrij op de schijf en start Belwijzer opnieuw.',
    en: 'The disk holding {file} is full. Nothing was changed{backup, select, none {.} other {; a copy from before the update is in {backup}.}} Free some disk space and start Belwijzer again.',
  },
  'startup.folderNotWritable': {
    nl: 'Belwijzer kan in de map {folder} geen administratie aanmaken: de map is niet schrijfbaar. Geef schrijfrechten op de map, of kies met --db een bestand op een andere plek.',
    en: 'Belwijzer cannot create a ledger in the folder {folder}: the folder is not writable. Make the folder writable, or choose a file elsewhere with --db.',
  },
  'startup.readOnlyNeedsUpdate': {
    nl: '{file} moet voor deze versie van Belwijzer worden bijgewerkt, maar het bestand of de map is alleen-lezen. Geef schrijfrechten op het bestand en de map en start Belwijzer opnieuw.',
    en: '{file} needs to be updated for this version of Belwijzer, but the file or its folder is read-only. Make both writable and start Belwijzer again.',
  },
  'startup.busy': {
    nl: '{file} is in gebruik door een ander programma dat het niet vrijgeeft. Sluit andere vensters van Belwijzer (of programma’s die dit bestand openen) en start opnieuw.',
    en: '{file} is in use by another program that does not release it. Close other Belwijzer windows (or programs that open this file) and start again.',
  },
  'startup.cannotOpen': {
    nl: '{file} kon niet worden geopend: {reason}.',
    en: '{file} could not be opened: {reason}.',
  },
  'startup.readOnlyFile': {
    nl: 'Alleen bekijken: {file} is niet schrijfbaar, dus Belwijzer kan niets opslaan. Geef schrijfrechten op het bestand en start Belwijzer opnieuw om weer te werken.',
    en: 'View only: {file} is not writable, so Belwijzer cannot save anything. Make the file writable and start Belwijzer again to work with it.',
  },
  'startup.readOnlyFolder': {
    nl: 'Alleen bekijken: de map {folder} is niet schrijfbaar, en Belwijzer moet daar naast de administratie kunnen schrijven om op te slaan. Geef schrijfrechten op de map en start Belwijzer opnieuw om weer te werken.',
    en: 'View only: the folder {folder} is not writable, and Belwijzer must be able to write there beside the ledger to save. Make the folder writable and start Belwijzer again to work with it.',
  },
  'startup.readOnlyDiskFull': {
    nl: 'Alleen bekijken: de schijf met {file} is vol, dus Belwijzer kan niets opslaan. Maak ruimte vrij op de schijf en start Belwijzer opnieuw om weer te werken.',
    en: 'View only: the disk holding {file} is full, so Belwijzer cannot save anything. Free some disk space and start Belwijzer again to work with it.',
  },
  'startup.lowDiskSpace': {
    nl: 'De schijf met de administratie is bijna vol (nog {freeMb} MB vrij in {folder}). Opslaan kan mislukken; maak ruimte vrij.',
    en: 'The disk holding the ledger is almost full ({freeMb} MB free in {folder}). Saving may fail; free some space.',
  },
  'ledger.readOnly': {
    nl: 'Niet opgeslagen: deze administratie kan alleen worden bekeken (het bestand of de map is alleen-lezen). Er is niets gewijzigd.',
    en: 'Not saved: this ledger can only be viewed (the file or its folder is read-only). Nothing was changed.',
  },
  'ledger.diskFull': {
    nl: 'Niet opgeslagen: de schijf is vol. Er is niets gewijzigd. Maak ruimte vrij en probeer het opnieuw.',
    en: 'Not saved: the disk is full. Nothing was changed. Free some space and try again.',
  },
  'ledger.busy': {
    nl: 'Niet opgeslagen: de administratie is bezet door een ander venster of programma. Er is niets gewijzigd. Probeer het zo opnieuw.',
    en: 'Not saved: the ledger is busy in another window or program. Nothing was changed. Try again in a moment.',
  },
});
