// The embedded sample: five articles about one invented event, written for
// Corroborate (no real outlet, place or person). They look the way pasted
// pages look: menus, share buttons, teasers, cookie and copyright lines.
// "Daily Meridian" is rewritten from the Coastline Press Agency wire story;
// the outlets disagree on the number of people taken to hospital.

export const SAMPLE_TITLE = 'Tidal surge floods Port Elsham harbour district';

export const SAMPLE_ARTICLES = [
  {
    name: 'Elsham Gazette',
    format: 'text',
    text: `Menu
News Sport Weather Local
Tidal surge floods Port Elsham harbour district
By Mara Quennell
14 Mar, 2024 09:41
Share
A tidal surge flooded the harbour district of Port Elsham on Wednesday night, forcing the evacuation of about 400 residents from homes along the quay.

The water rose more than two metres above the usual high tide shortly before midnight, the harbour authority said.

Fourteen people were taken to Elsham General Hospital, most of them with minor injuries, according to the city's ambulance service.

Mayor Ines Calloway said the council had opened the Corn Exchange as an emergency shelter and would keep it open until Sunday.

READ: Harbour authority defends delay to sea wall repairs

What residents saw

"It came over the wall like a river," said Tomas Bray, who runs a bakery on Ferry Street. "We had ten minutes to get out."

Engineers will inspect the old sea wall on Friday, the council said, after a section near the ferry terminal collapsed during the surge.

The Met Office had issued an amber warning for the coast on Tuesday.

Sign up for our morning newsletter
© 2024 Elsham Gazette. All rights reserved.
This website uses cookies. Accept cookies`,
  },
  {
    name: 'Coastline Press Agency',
    format: 'text',
    text: `Coastline Press Agency
Home | World | Business | Wire
Hundreds evacuated as surge floods Port Elsham
March 14, 2024
About 400 people were evacuated from the harbour district of Port Elsham late on Wednesday after a tidal surge flooded streets along the quay.

The harbour authority said the water rose more than two metres above the normal high tide shortly before midnight.

Twelve people were treated in hospital for minor injuries, the ambulance service said.

A section of the sea wall near the ferry terminal collapsed during the surge, and engineers are due to inspect it on Friday.

Mayor Ines Calloway opened the Corn Exchange as an emergency shelter.

Forecasters had warned of dangerous tides along the coast since Tuesday.

Related: Storm season costs insurers record sums
Follow us on social media
Copyright 2024 Coastline Press Agency`,
  },
  {
    name: 'Daily Meridian',
    format: 'text',
    text: `DAILY MERIDIAN
Trending: Elections | Markets | Weather
Port Elsham flood: hundreds leave homes after surge
14 March 2024
icon facebook icon twitter icon whatsapp icon email icon print icon link icon comment icon bookmark
According to the Coastline Press Agency, about 400 people were evacuated from the harbour district of Port Elsham late on Wednesday after a tidal surge flooded streets along the quay.

The water rose more than two metres above the normal high tide just before midnight, the harbour authority said.

Twelve people were treated in hospital for minor injuries, the agency reports.

Part of the sea wall near the ferry terminal gave way during the surge, and engineers are due to inspect it on Friday.

The mayor, Ines Calloway, opened the Corn Exchange as an emergency shelter.

Advertisement

Residents have long complained about the state of the harbour defences.

Read more: Ten things to know before you buy a house near the sea
Comments (42)
Share this article`,
  },
  {
    name: 'North Sea Broadcasting',
    format: 'text',
    text: `NSB News
Live | Regions | Weather
Surge floods Port Elsham quay, hundreds evacuated
Published: Thursday 14 March 2024
Hundreds of residents of Port Elsham spent the night in an emergency shelter after a tidal surge flooded the harbour district on Wednesday.

Mayor Ines Calloway told NSB the Corn Exchange would stay open "for as long as people need it".

The ambulance service said 14 people had been taken to hospital.

Ms Calloway said the city would ask the government for emergency funds to repair the sea wall.

The harbour authority said the surge was the highest recorded in Port Elsham since 1987.

Image caption: Flood water on Ferry Street on Wednesday night
More on this story
Share on Facebook
Cookie settings`,
  },
  {
    name: 'Harbour Watch blog',
    format: 'text',
    text: `Harbour Watch
A blog about the Elsham waterfront
Posted on 15 March 2024 by Jon Felder
The surge on Wednesday night flooded the harbour district and forced about 400 people out of their homes.

The water came more than two metres above the usual high tide, according to the harbour authority.

Engineers will inspect the sea wall on Friday after part of it collapsed near the ferry terminal.

We have warned about that wall for years, and the council's own survey called it unsafe in 2021.

Residents say the flood warning reached them too late.

Leave a comment
Tags: flooding, harbour, council`,
  },
];
