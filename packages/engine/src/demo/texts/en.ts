import type { Phrasebook } from './phrasebook.ts';

/** What the demo shop's English-speaking customers write. */
export const EN: Phrasebook = {
  joiner: ' ',
  topics: {
    chat_question: [
      ['Hi!', 'Hello,', 'Good evening.', 'Quick question:', ''],
      [
        'Does the {model} have a backlit keyboard?',
        'Can I add more RAM to the {model} later?',
        'How long does the battery of the {model} really last?',
        'Is the {model} good enough for photo editing?',
        'What is the difference between the {model} and the cheaper version?',
        'Can the {model} be delivered this week?',
      ],
      [
        'Thanks!',
        'I am choosing between two models.',
        'I need it for work.',
        'It is a gift for my daughter.',
        '',
      ],
    ],
    ticket_delivery: [
      [
        'The courier never showed up.',
        'My order is three days late.',
        'The courier did not call before coming.',
        'The box arrived dented.',
        'Tracking has said "in transit" for a week.',
        'The courier left my parcel with a neighbour without asking.',
      ],
      [
        'Nobody answers the delivery hotline.',
        'I took a day off work for nothing.',
        'The slot was 9 to 6 and he came at 9 pm.',
        'I was told it would arrive yesterday.',
        '',
      ],
      [
        'Where is my laptop?',
        'Please sort this out today.',
        'This is really frustrating.',
        'Very disappointed.',
      ],
    ],
    ticket_setup: [
      ['Hello,', 'Hi,', ''],
      [
        'Windows asks for an activation key on the {model}.',
        'How do I move my files from the old laptop?',
        'The {model} does not see my Wi-Fi after the update.',
        'Which drivers do I need for the docking station?',
        'How do I set up fingerprint login?',
      ],
      ['Could you send instructions?', 'Thanks in advance.', 'Is there a guide somewhere?', ''],
    ],
    ticket_hardware: [
      ['Hello.', 'Good afternoon,', ''],
      [
        'The fan of the {model} is loud even when idle.',
        'There is a dead pixel in the corner of the screen.',
        'The battery drains from 100% to 40% in two hours.',
        'The left USB-C port does not charge.',
        'The space bar rattles.',
      ],
      [
        'Is this covered by the warranty?',
        'Can I exchange it?',
        'What should I do?',
        'I bought it a week ago.',
      ],
    ],
    ticket_invoice: [
      ['Hello,', 'Good morning,', ''],
      [
        'I need an invoice with my company details.',
        'Where can I download the warranty card?',
        'The receipt never came to my email.',
        'Could you resend the order confirmation?',
      ],
      ['It is for my accountant.', 'Thank you.', 'The order number is in my account.', ''],
    ],
    csat_good: [
      [
        'Quick and polite answer.',
        'Solved in ten minutes.',
        'The agent really knew the product.',
        'Helpful support.',
        'Great help!',
      ],
      [
        'Everything works now.',
        'Thank you!',
        'Clear instructions, no waiting.',
        'Better than I expected.',
        '',
      ],
      ['', 'Five stars.'],
    ],
    csat_neutral: [
      ['The answer was fine,', 'It took two days to get a reply,', 'Solved in the end,', 'OK support,'],
      [
        'but I had to explain everything twice.',
        'but the instructions were generic.',
        'though the chat kept disconnecting.',
        'but nobody followed up.',
      ],
      ['', 'Could be faster.'],
    ],
    csat_bad_delivery: [
      [
        'Support just said "wait for the courier".',
        'Only useless template replies.',
        'Nobody could tell me where my parcel was.',
        'Three agents, three different stories, no help.',
        'The agent blamed the delivery company.',
      ],
      [
        'The laptop still has not arrived.',
        'No compensation offered.',
        'I had to call five times.',
        'The courier problem was never solved.',
        '',
      ],
      ['Terrible.', 'Useless.', 'Very disappointed.', 'Never again with this courier.', ''],
    ],
    ces_easy: [
      ['Easy checkout.', 'Took two minutes.', 'Smooth ordering.', 'Simple and clear.'],
      ['Payment went through at once.', 'I liked the saved card option.', 'Delivery options were clear.', ''],
      ['', 'Thanks!'],
    ],
    ces_hard_payment: [
      [
        'The payment page took forever to load.',
        'The payment page froze twice.',
        'My card was declined for no reason.',
        'I had to enter my card details three times.',
        'The payment form kept spinning.',
      ],
      [
        'I almost gave up.',
        'I thought I had been charged twice.',
        'The card check failed with a time-out.',
        'Checkout should not be this hard.',
        '',
      ],
      ['Please fix the payment page.', 'Annoying.', 'Awful experience.', ''],
    ],
    nps_promoter: [
      [
        'Great shop!',
        'Excellent service.',
        'Very happy with the laptop.',
        'Everything was perfect.',
        'Will buy here again.',
      ],
      [
        'Fast delivery and a fair price.',
        'The consultant helped me choose.',
        'Already recommended you to a friend.',
        'The app is very convenient.',
        '',
      ],
      ['Thank you!', '', 'Keep it up.'],
    ],
    nps_passive: [
      ['Good laptop, average service.', 'Overall fine.', 'A normal experience.', 'Nothing special, but OK.'],
      [
        'Prices are a bit higher than elsewhere.',
        'Checkout could be simpler.',
        'Delivery took a while.',
        'The website is slow sometimes.',
        '',
      ],
      ['', 'Might buy again.'],
    ],
    nps_detractor_payment: [
      [
        'The payment page is a nightmare.',
        'Paying took me half an hour.',
        'The payment failed again and again.',
        'Your checkout is broken.',
      ],
      [
        'I nearly bought elsewhere.',
        'Money was blocked on my card twice.',
        'Nobody explained what went wrong.',
        '',
      ],
      ['Would not recommend.', 'Fix it.', 'Disappointed.', ''],
    ],
    nps_detractor_delivery: [
      [
        'The courier ruined everything.',
        'Delivery was a disaster.',
        'My laptop came a week late.',
        'The box arrived damaged.',
      ],
      ['Support did not help at all.', 'Nobody called me back.', 'I wasted two days waiting.', ''],
      ['Would not recommend.', 'Never again.', 'Very disappointed.', ''],
    ],
    nps_detractor_price: [
      [
        'Too expensive.',
        'The discount was not applied.',
        'Found it cheaper a week later.',
        'Prices went up right after the sale.',
      ],
      ['Delivery costs far too much.', 'The promo code did not work.', 'Not worth it.', ''],
      ['Disappointed.', '', 'Not coming back.'],
    ],
    review_good: [
      [
        'Great laptop!',
        'Very happy with the {model}.',
        'Excellent machine for the price.',
        'Best purchase this year.',
        'Light, fast and quiet.',
      ],
      [
        'The screen is bright and sharp.',
        'The battery easily lasts a working day.',
        'The keyboard is comfortable.',
        'It boots in seconds.',
        'Handles my photo editing easily.',
      ],
      ['Recommend.', '', 'Five stars.', 'Worth every penny.'],
    ],
    review_mixed: [
      ['Decent laptop overall.', 'The {model} is OK.', 'Good, but not perfect.', 'Mixed feelings.'],
      [
        'The fan gets loud under load.',
        'The battery could be better.',
        'The screen is dim outdoors.',
        'It is heavier than I expected.',
        'The speakers are weak.',
      ],
      ['', 'Acceptable for the price.', 'Three stars.'],
    ],
    review_bad: [
      ['Disappointed with the {model}.', 'Do not buy.', 'Returned it after a week.', 'Poor quality.'],
      [
        'The fan is unbearably loud.',
        'A dead pixel out of the box.',
        'The battery dies in two hours.',
        'The charging port stopped working.',
        'The keyboard rattles.',
      ],
      ['Waste of money.', '', 'One star.', 'Very disappointed.'],
    ],
    return_reason: [
      ['I would like to return the {model}.', 'Please accept a return.', 'Requesting a refund.'],
      [
        'It has a hardware defect.',
        'The fan is too loud.',
        'It arrived damaged.',
        'It is not what I expected.',
        'I found the same model cheaper.',
      ],
      ['', 'The box is unopened.', 'All accessories are in place.'],
    ],
    unsubscribe: [
      [
        'Too many emails.',
        'Not interested any more.',
        'I already bought a laptop.',
        'The offers are not relevant.',
      ],
      ['', 'Please stop.', 'Maybe later.'],
    ],
  },
};
