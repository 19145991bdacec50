package dev.coalition.rules.communication;

import dev.coalition.value.Fraction;

/**
 * Fact: the share of a communication plan's hours spent in formal meetings (computed in Java by
 * {@link dev.coalition.communication.CommunicationFigures}).
 *
 * @param share        meeting hours over all hours, exact; 0 for a plan without entries
 * @param meetingHours the hours a month in formal meetings
 * @param totalHours   the hours a month of all entries
 */
public record MeetingShare(Fraction share, Fraction meetingHours, Fraction totalHours) {
}
